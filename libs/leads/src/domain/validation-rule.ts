import type { ValidationCollector } from '@app/platform';
import safeRegex from 'safe-regex2';
import type { FormField } from './form-field.js';

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
const MAX_PATTERN_LENGTH = 500;

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
  try {
    anchored(value);
  } catch {
    return refuse('pattern is not a valid regular expression.');
  }
  // Patterns run on public input: one that can backtrack exponentially would let a visitor
  // stall the server with a crafted value.
  if (!safeRegex(value)) {
    return refuse('pattern could take exponential time on some inputs (nested repetition).');
  }
  return value;
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

const compiled = new Map<string, RegExp>();

/** As in HTML's pattern attribute, the whole value must match; compiled once per pattern. */
export function anchored(pattern: string): RegExp {
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = new RegExp(`^(?:${pattern})$`, 'u');
    if (compiled.size >= 1_000) compiled.clear();
    compiled.set(pattern, regex);
  }
  return regex;
}

/** Whether `rule` holds for a present value: `text` as sent (trimmed), `number` when parsed. */
export function ruleHolds(rule: ValidationRule, text: string, number: number | null): boolean {
  const length = [...text].length;
  switch (rule.rule) {
    case 'required':
      return true;
    case 'min_length':
      return length >= (rule.value as number);
    case 'max_length':
      return length <= (rule.value as number);
    case 'pattern':
      return anchored(rule.value as string).test(text);
    case 'min':
      return number !== null && number >= (rule.value as number);
    case 'max':
      return number !== null && number <= (rule.value as number);
    case 'one_of':
      return (rule.value as string[]).includes(text);
  }
}
