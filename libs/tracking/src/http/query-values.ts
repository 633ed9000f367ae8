import { unstorableTextReason, type ValidationCollector } from '@app/kernel';

/** A parameter sent more than once counts once: the first value. */
export function firstValue(raw: unknown): unknown {
  return Array.isArray(raw) ? raw[0] : raw;
}

/**
 * The value if it can be stored as given, else null with the reason recorded: too long for its
 * column, or holding U+0000 or a lone surrogate (which PostgreSQL cannot store as given). Never
 * silently shortened or altered.
 */
export function storableText(
  checks: ValidationCollector,
  name: string,
  value: string,
  maxLength: number,
): string | null {
  if (value.length > maxLength) {
    checks.add(name, `${name} must be at most ${maxLength} characters long.`);
    return null;
  }
  const reason = unstorableTextReason(value);
  if (reason) {
    checks.add(name, `${name} ${reason}.`);
    return null;
  }
  return value;
}
