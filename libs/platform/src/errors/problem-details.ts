import { STATUS_CODES } from 'node:http';
import type { FieldError } from '@app/kernel';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** An RFC 9457 problem document, with our stable `code` and per-field `errors`. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

/**
 * `type` is a relative URI derived from the code (`CAMPAIGNS.INVALID_TRANSITION` ->
 * `/problems/campaigns.invalid-transition`), so each code has a stable, documentable address.
 */
export function problem(
  status: number,
  code: string,
  detail: string,
  errors: readonly FieldError[] = [],
): ProblemDetails {
  return {
    type: `/problems/${code.toLowerCase().replaceAll('_', '-')}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors.length > 0 ? { errors: [...errors] } : {}),
  };
}
