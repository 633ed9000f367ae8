// email-providers ships JSON and an ESM default export without types.
declare module 'email-providers' {
  const domains: string[];
  export default domains;
}
