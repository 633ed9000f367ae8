import type { UserConfig } from '@hey-api/openapi-ts';

// `npm run sdk` (from the project root): the typed client of openapi.json, with Hey API's own
// fetch client generated beside it, so the SDK has no runtime dependency.
const config: UserConfig = {
  input: 'openapi.json',
  output: { path: 'sdk/src/client' },
  logs: { file: false, level: 'warn' },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
};

export default config;
