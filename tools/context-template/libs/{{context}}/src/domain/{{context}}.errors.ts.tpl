import { DomainError, ValidationError } from '@app/kernel';

/** Every code this context can fail with; clients may branch on them. */
export const {{Context}}ErrorCode = {
  Invalid{{Entity}}: '{{CONTEXT}}.INVALID_{{ENTITY}}',
  {{Entity}}NotFound: '{{CONTEXT}}.{{ENTITY}}_NOT_FOUND',
} as const;

export const {{entityCamel}}NotFound = (id: string) =>
  new DomainError({{Context}}ErrorCode.{{Entity}}NotFound, 'not_found', `No {{entity}} has the id ${id}.`);

export const invalid{{Entity}}Field = (field: string, message: string) =>
  ValidationError.forField({{Context}}ErrorCode.Invalid{{Entity}}, field, message);
