// The Affiliate Platform API client: every operation of openapi.json as a typed function
// (listCampaigns, followTrackingLink, recordPostback, ...), generated into ./client.
import { type Client, createClient, createConfig } from './client/client/index.js';

export * from './client/index.js';
export { createClient, createConfig } from './client/client/index.js';

export interface PlatformClientOptions {
  /** Where the API is served, e.g. `https://track.example.com`. */
  baseUrl: string;
  /** An API key; sent as X-API-Key on every operation that needs one. */
  apiKey?: string;
  /** Sent with every request (a User-Agent, a tracing header, ...). */
  headers?: Record<string, string>;
  /** A fetch of your own (tests, proxies, retries); the global fetch otherwise. */
  fetch?: typeof fetch;
}

/** A client for one API server; pass it as `client` to any operation. */
export function createPlatformClient(options: PlatformClientOptions): Client {
  return createClient(
    createConfig({
      baseUrl: options.baseUrl,
      // One credential is enough: the key goes in X-API-Key, not also as a bearer token.
      auth: (scheme) => (scheme.type === 'apiKey' ? options.apiKey : undefined),
      ...(options.headers ? { headers: options.headers } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }),
  );
}
