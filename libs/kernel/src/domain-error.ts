/**
 * What kind of failure a domain error is. The HTTP layer maps each kind to one status
 * (see errors/error-kind-status.ts), so the domain never speaks HTTP.
 */
export type ErrorKind =
  | 'bad_request'
  | 'invalid'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable';

/** One problem with one input field, reported back to the caller as-is. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * A failure the caller can act on. `code` is stable (`CONTEXT.WHAT_WENT_WRONG`) so clients can
 * branch on it; `message` is for humans and may change.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that breaks a business rule; carries per-field errors where they are known. */
export class ValidationError extends DomainError {
  constructor(code: string, message: string, fieldErrors: readonly FieldError[] = []) {
    super(code, 'invalid', message, fieldErrors);
  }

  /** A rule broken by one field: the message is both the summary and the field's error. */
  static forField(code: string, field: string, message: string): ValidationError {
    return new ValidationError(code, message, [{ field, message }]);
  }
}

/** Too many requests: `retryAfterSeconds` becomes the Retry-After header of the 429. */
export class RateLimitedError extends DomainError {
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, 'rate_limited', message);
  }
}

/**
 * The work asked for is already under way (a recalculation started by someone else): a 409
 * whose `retryAfterSeconds` becomes the Retry-After header.
 */
export class AlreadyRunningError extends DomainError {
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, 'conflict', message);
  }
}
