import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import type { ValidationError as ClassValidatorError } from 'class-validator';
import type { FieldError } from '../domain/domain-error.js';
import { HttpProblemException } from './http-problem.exception.js';

/**
 * Validates every DTO: unknown fields are refused, types are converted where the DTO says
 * so, and every broken rule comes back as one 422 problem with an entry per field.
 */
@Injectable()
export class ProblemValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) =>
        new HttpProblemException(
          422,
          'HTTP.VALIDATION_FAILED',
          summary(flatten(errors)),
          flatten(errors),
        ),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const withNul = fieldsWithNul(
      value,
      metadata.type === 'body' || metadata.type === 'query' ? '' : (metadata.data ?? ''),
    );
    if (withNul.length > 0) {
      // PostgreSQL cannot store U+0000 in text and SQLite would keep it silently: refuse it on both.
      throw new HttpProblemException(
        422,
        'HTTP.VALIDATION_FAILED',
        summary(withNul.map((field) => ({ field, message: '' }))),
        withNul.map((field) => ({
          field,
          message: `${field || 'value'} must not contain a NUL character (U+0000)`,
        })),
      );
    }
    const expectsObject =
      metadata.type === 'body' && metadata.metatype && !isPrimitive(metadata.metatype);
    if (expectsObject && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new HttpProblemException(
        422,
        'HTTP.VALIDATION_FAILED',
        'The request body must be a JSON object.',
        [{ field: '', message: 'must be a JSON object' }],
      );
    }
    return super.transform(value, metadata);
  }
}

/** The dotted paths of every string in `value` (an input of any shape) that contains U+0000. */
function fieldsWithNul(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => fieldsWithNul(item, join(path, String(index))));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(key.includes('\u0000') ? [join(path, key)] : []),
      ...fieldsWithNul(item, join(path, key)),
    ]);
  }
  return [];
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function isPrimitive(type: unknown): boolean {
  return (
    type === String || type === Number || type === Boolean || type === Array || type === Object
  );
}

/** `payout.amount`, `targeting.countries.0`: nested errors become dotted field paths. */
export function flatten(errors: ClassValidatorError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = join(prefix, error.property);
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.includes(error.property) ? message : `${error.property}: ${message}`,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

function summary(errors: FieldError[]): string {
  const fields = [...new Set(errors.map((error) => error.field))];
  return `Invalid ${fields.length === 1 ? 'field' : 'fields'}: ${fields.join(', ')}.`;
}
