import { DomainError, type FieldError, RateLimitedError, ValidationError } from '@app/kernel';

/** Every code this context can fail with; clients may branch on them. */
export const LeadsErrorCode = {
  InvalidForm: 'LEADS.INVALID_FORM',
  FormNotFound: 'LEADS.FORM_NOT_FOUND',
  InvalidSubmission: 'LEADS.INVALID_SUBMISSION',
  SuspiciousContent: 'LEADS.SUSPICIOUS_CONTENT',
  RateLimited: 'LEADS.RATE_LIMITED',
  LeadNotFound: 'LEADS.LEAD_NOT_FOUND',
  InvalidTransition: 'LEADS.INVALID_TRANSITION',
  InvalidStatusChange: 'LEADS.INVALID_STATUS_CHANGE',
  ConcurrentUpdate: 'LEADS.CONCURRENT_UPDATE',
  InvalidQuery: 'LEADS.INVALID_QUERY',
} as const;

export const formNotFound = (id: string) =>
  new DomainError(LeadsErrorCode.FormNotFound, 'not_found', `No form has the id ${id}.`);

export const leadNotFound = (id: string) =>
  new DomainError(LeadsErrorCode.LeadNotFound, 'not_found', `No lead has the id ${id}.`);

export const invalidFormField = (field: string, message: string) =>
  ValidationError.forField(LeadsErrorCode.InvalidForm, field, message);

/** Every broken rule of the form, each with the rule's own message. */
export const invalidSubmission = (errors: readonly FieldError[]) =>
  new ValidationError(
    LeadsErrorCode.InvalidSubmission,
    'The submission breaks the rules of the form; see errors[].',
    errors,
  );

/** Content that looks like spam (links, blocked words, script); a person can fix and resend. */
export const suspiciousContent = (errors: readonly FieldError[]) =>
  new ValidationError(
    LeadsErrorCode.SuspiciousContent,
    'The submission looks like spam; see errors[].',
    errors,
  );

export const tooManySubmissions = (limit: number, retryAfterSeconds: number) =>
  new RateLimitedError(
    LeadsErrorCode.RateLimited,
    `More than ${limit} submissions from this address in 10 minutes; retry after ${retryAfterSeconds} s.`,
    retryAfterSeconds,
  );

export const invalidTransition = (from: string, to: string) =>
  new DomainError(
    LeadsErrorCode.InvalidTransition,
    'conflict',
    `A ${from} lead cannot become ${to}.`,
  );

export const invalidStatusChange = (field: string, message: string) =>
  ValidationError.forField(LeadsErrorCode.InvalidStatusChange, field, message);

export const concurrentUpdate = (what: string, id: string) =>
  new DomainError(
    LeadsErrorCode.ConcurrentUpdate,
    'conflict',
    `${what} ${id} was changed by another request at the same time; read it again and retry.`,
  );
