import type { ApiPrincipal } from './auth.decorators.js';

/**
 * The port the API key guard authenticates through: who is behind a key, or null when the key
 * is unknown or revoked. The access context implements and provides it (the platform imports
 * no context); the guard stays here so that every route is closed before any context loads.
 */
export abstract class ApiKeyVerifier {
  abstract verify(key: string): Promise<ApiPrincipal | null>;
}
