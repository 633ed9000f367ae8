import { type FieldError, ValidationError } from './domain-error.js';

/**
 * Runs several independent checks and reports every broken rule at once, so a client fixes a
 * form in one round trip instead of one error at a time.
 */
export class ValidationCollector {
  private readonly errors: FieldError[] = [];

  /** The parsed value, or undefined when the check threw a ValidationError (recorded). */
  check<T>(parse: () => T): T | undefined {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      this.errors.push(
        ...(error.fieldErrors.length > 0
          ? error.fieldErrors
          : [{ field: '', message: error.message }]),
      );
      return undefined;
    }
  }

  add(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  throwIfAny(code: string, message: string): void {
    if (this.errors.length > 0) throw new ValidationError(code, message, this.errors);
  }
}
