import { DomainError, type FieldError, ValidationError } from '@app/kernel';
import { expect } from 'vitest';

/**
 * The error of type `type` that `run` throws; fails the test when it throws nothing or an
 * error of another type.
 */
function thrownBy<E extends Error>(
  type: abstract new (...args: never[]) => E,
  run: () => unknown,
): E {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected a ${type.name}, nothing was thrown`);
}

/** The DomainError `run` throws. */
export const domainErrorOf = (run: () => unknown): DomainError => thrownBy(DomainError, run);

/** The ValidationError `run` throws. */
export const validationErrorOf = (run: () => unknown): ValidationError =>
  thrownBy(ValidationError, run);

/** The field errors of the ValidationError `run` throws. */
export const refusal = (run: () => unknown): FieldError[] => [
  ...validationErrorOf(run).fieldErrors,
];

/** The field paths of the ValidationError `run` throws, in its order. */
export const fieldsRefused = (run: () => unknown): string[] =>
  validationErrorOf(run).fieldErrors.map((e) => e.field);
