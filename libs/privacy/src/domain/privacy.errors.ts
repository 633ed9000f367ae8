import { DomainError, ValidationError } from '@app/kernel';

/** Every code this context can fail with; clients may branch on them. */
export const PrivacyErrorCode = {
  InvalidErasure: 'PRIVACY.INVALID_ERASURE',
  ErasureNotFound: 'PRIVACY.ERASURE_NOT_FOUND',
} as const;

export const erasureNotFound = (id: string) =>
  new DomainError(PrivacyErrorCode.ErasureNotFound, 'not_found', `No erasure has the id ${id}.`);

export const invalidErasureField = (field: string, message: string) =>
  ValidationError.forField(PrivacyErrorCode.InvalidErasure, field, message);
