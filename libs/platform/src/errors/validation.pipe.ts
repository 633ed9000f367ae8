import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import type { ValidationError as ClassValidatorError } from 'class-validator';
import type { FieldError } from '@app/kernel';
import { HttpProblemException } from './http-problem.exception.js';
import { unstorableInput } from './unstorable-input.js';

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
    const unstorable = unstorableInput(
      value,
      metadata.type === 'body' || metadata.type === 'query' ? '' : (metadata.data ?? ''),
    );
    if (unstorable.length > 0) {
      // Refused on both databases alike, and before any recursive reader meets a deep body.
      throw new HttpProblemException(
        422,
        'HTTP.VALIDATION_FAILED',
        summary(unstorable),
        unstorable,
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
