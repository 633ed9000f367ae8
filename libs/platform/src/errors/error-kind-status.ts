import type { ErrorKind } from '@app/kernel';

/**
 * The one table from error kinds to HTTP statuses. A Record over the ErrorKind union, so
 * adding a kind without a status here is a compile error.
 */
export const STATUS_OF_KIND: Readonly<Record<ErrorKind, number>> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid: 422,
  rate_limited: 429,
  unavailable: 503,
};

/** The reverse, for errors raised outside the domain with only a status (framework, Fastify). */
export function kindOfStatus(status: number): ErrorKind | undefined {
  const entry = Object.entries(STATUS_OF_KIND).find(([, value]) => value === status);
  return entry?.[0] as ErrorKind | undefined;
}
