import type { ValidationCollector } from '@app/kernel';
import type { FormField } from './form-field.js';
import { compilePattern, MAX_PATTERN_INPUT, MAX_PATTERN_LENGTH } from './form-pattern.js';

export const RULE_TYPES = [
  'required',
  'min_length',
  'max_length',
  'pattern',
  'min',
  'max',
  'one_of',
] as const;
export type RuleType = (typeof RULE_TYPES)[number];

/** One rule of a form, as the seed's validation_rules hold it: field, rule, value, message. */
export interface ValidationRule {
  field: string;
  rule: RuleType;
  /** none for required; a count for the lengths; a number for min/max; text for pattern; a list for one_of. */
  value: number | string | string[] | null;
  message: string;
}

export interface ValidationRuleInput {
  field?: unknown;
  rule?: unknown;
  value?: unknown;
  message?: unknown;
}

const MAX_RULES = 200;

/** Reads the rules of a form against its fields, reporting every problem into `checks`. */
export function parseValidationRules(
  input: unknown,
  fields: readonly FormField[],
  checks: ValidationCollector,
): ValidationRule[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input) || input.length > MAX_RULES) {
    checks.add('validationRules', `validationRules must be a list of at most ${MAX_RULES} rules.`);
    return [];
  }
  return input.flatMap((raw: ValidationRuleInput, index) => {
    const rule = parseRule(raw, `validationRules.${index}`, fields, checks);
    return rule ? [rule] : [];
  });
}

function parseRule(
  raw: ValidationRuleInput,
  path: string,
  fields: readonly FormField[],
  checks: ValidationCollector,
): ValidationRule | null {
  if (typeof raw !== 'object' || raw === null) {
    checks.add(path, 'A rule must be an object with a field and a rule.');
    return null;
  }
  const field = fields.find((candidate) => candidate.name === raw.field);
  if (!field) checks.add(`${path}.field`, 'field must name one of the form fields.');
  const rule = RULE_TYPES.find((candidate) => candidate === raw.rule);
  if (!rule) checks.add(`${path}.rule`, `rule must be one of ${RULE_TYPES.join(', ')}.`);
  if (!field || !rule) return null;
  const value = ruleValue(rule, raw.value, field, `${path}.value`, checks);
  if (value === undefined) return null;
  const message = ruleMessage(raw.message, `${path}.message`, checks);
  if (message === undefined) return null;
  return {
    field: field.name,
    rule,
    value,
    message: message ?? defaultMessage(field.name, rule, value),
  };
}

/** The checked value of a rule; undefined (and a reported problem) when it does not fit. */
function ruleValue(
  rule: RuleType,
  value: unknown,
  field: FormField,
  path: string,
  checks: ValidationCollector,
): ValidationRule['value'] | undefined {
  const refuse = (message: string) => {
    checks.add(path, message);
    return undefined;
  };
  switch (rule) {
    case 'required':
      return value === undefined || value === null ? null : refuse('required takes no value.');
    case 'min_length':
    case 'max_length':
      if (field.type === 'checkbox') return refuse(`${rule} does not apply to a checkbox.`);
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10_000
        ? (value as number)
        : refuse(`${rule} takes a whole number of characters from 0 to 10000.`);
    case 'min':
    case 'max':
      if (field.type !== 'number') return refuse(`${rule} applies to number fields only.`);
      return typeof value === 'number' && Number.isFinite(value)
        ? value
        : refuse(`${rule} takes a number.`);
    case 'pattern':
      if (field.type === 'checkbox') return refuse('pattern does not apply to a checkbox.');
      return patternValue(value, refuse);
    case 'one_of': {
      const list = Array.isArray(value) ? value : [];
      const ok =
        list.length >= 1 &&
        list.length <= 100 &&
        list.every((item) => typeof item === 'string' && item.length <= 255);
      if (field.type === 'checkbox') return refuse('one_of does not apply to a checkbox.');
      return ok ? (list as string[]) : refuse('one_of takes a list of 1 to 100 texts.');
    }
  }
}

function patternValue(value: unknown, refuse: (message: string) => undefined) {
  if (typeof value !== 'string' || value.length < 1 || value.length > MAX_PATTERN_LENGTH) {
    return refuse(`pattern takes a regular expression of 1 to ${MAX_PATTERN_LENGTH} characters.`);
  }
  const compiled = compilePattern(value);
  return typeof compiled === 'string' ? refuse(compiled) : value;
}

function ruleMessage(value: unknown, path: string, checks: ValidationCollector) {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.trim().length < 1 || value.length > 500) {
    checks.add(path, 'message must be text of 1 to 500 characters.');
    return undefined;
  }
  return value.trim();
}

function defaultMessage(field: string, rule: RuleType, value: ValidationRule['value']): string {
  switch (rule) {
    case 'required':
      return `${field} is required.`;
    case 'min_length':
      return `${field} must be at least ${String(value)} characters long.`;
    case 'max_length':
      return `${field} must be at most ${String(value)} characters long.`;
    case 'pattern':
      return `${field} is not in the expected format.`;
    case 'min':
      return `${field} must be at least ${String(value)}.`;
    case 'max':
      return `${field} must be at most ${String(value)}.`;
    case 'one_of':
      return `${field} must be one of ${(value as string[]).join(', ')}.`;
  }
}

/**
 * Why a present value breaks `rule` (its message, or a reason of its own for a pattern that
 * cannot be checked), or null when it holds: `text` as sent (trimmed), `number` when parsed.
 */
export function ruleFailure(
  rule: ValidationRule,
  text: string,
  number: number | null,
): string | null {
  return rule.rule === 'pattern'
    ? patternFailure(rule, text)
    : ruleHolds(rule, text, number)
      ? null
      : rule.message;
}

function patternFailure(rule: ValidationRule, text: string): string | null {
  const pattern = compilePattern(rule.value as string);
  // A form stored before patterns ran on RE2 may hold one RE2 refuses: fail closed, as a
  // skipped rule would let through what its owner meant to keep out. Saving the form again
  // names the rule to fix.
  if (typeof pattern === 'string') {
    return `${rule.field} cannot be checked: the form uses a pattern that is no longer supported; its owner must change it.`;
  }
  // Code points, as the length rules count; the first test spares spreading a huge value.
  if (text.length > 2 * MAX_PATTERN_INPUT || [...text].length > MAX_PATTERN_INPUT) {
    return `${rule.field} is too long (over ${MAX_PATTERN_INPUT} characters) to be checked against its pattern.`;
  }
  return pattern.matches(text) ? null : rule.message;
}

function ruleHolds(rule: ValidationRule, text: string, number: number | null): boolean {
  const length = [...text].length;
  switch (rule.rule) {
    case 'required':
    case 'pattern':
      return true;
    case 'min_length':
      return length >= (rule.value as number);
    case 'max_length':
      return length <= (rule.value as number);
    case 'min':
      return number !== null && number >= (rule.value as number);
    case 'max':
      return number !== null && number <= (rule.value as number);
    case 'one_of':
      return (rule.value as string[]).includes(text);
  }
}
