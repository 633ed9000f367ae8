/**
 * What an erased click keeps of the URL it was sent to: the site (scheme, host and port)
 * only. The path and query were filled from the visit by macros (sub ids, the external id),
 * which may have carried the customer's id or email, and which of them did cannot be told
 * after the fact; the site still says which offer or safe page the visitor reached.
 */
export function erasedDestination(destination: string): string {
  try {
    const url = new URL(destination);
    return url.origin === 'null' ? '' : `${url.origin}/`;
  } catch {
    return '';
  }
}
