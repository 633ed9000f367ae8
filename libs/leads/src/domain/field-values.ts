import type { FieldError } from '@app/kernel';
import isUrlModule from 'validator/lib/isURL.js';
import { type EmailAddress, parseEmail } from './email-address.js';
import { type FormField, MAX_VALUE_LENGTH } from './form-field.js';
import type { Form } from './form.js';
import { toE164 } from './phone-number.js';
import { ruleFailure } from './validation-rule.js';

const isUrl = isUrlModule.default;

export type FieldValue = string | number | boolean;

/** A submission's fields read against its form. */
export interface FieldReading {
  /** Parsed values of the fields that were filled in: emails trimmed, phones in E.164. */
  values: Record<string, FieldValue>;
  email: EmailAddress | null;
  /** The values as sent (text, cut to the field's length), kept as evidence on the submission. */
  raw: Record<string, string>;
  /** Every failed check and rule, per field, with the rule's message. */
  errors: FieldError[];
}

const CHECKED = new Set(['on', 'true', '1', 'yes', 'checked']);
const UNCHECKED = new Set(['off', 'false', '0', 'no']);

/**
 * One value as sent: JSON gives strings, numbers and booleans; a URL-encoded form gives a list
 * when a name repeats (the first counts, as on the click path). Anything else is refused.
 */
export function scalarText(value: unknown): string | null | { invalid: true } {
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined || first === null) return null;
  if (typeof first === 'string') return first;
  if (typeof first === 'number' || typeof first === 'boolean') return String(first);
  return { invalid: true };
}

/** Reads every field of `form` from the body, checking its type and then each of its rules. */
export function readFields(form: Form, body: Record<string, unknown>): FieldReading {
  const reading: FieldReading = { values: {}, email: null, raw: {}, errors: [] };
  for (const field of form.snapshot.fields) {
    const sent = scalarText(body[field.name]);
    if (typeof sent === 'object' && sent !== null) {
      reading.errors.push({ field: field.name, message: `${field.name} must be a single value.` });
      continue;
    }
    const text = (sent ?? '').trim();
    if (text !== '') reading.raw[field.name] = text.slice(0, MAX_VALUE_LENGTH.textarea);
    readField(form, field, text, reading);
  }
  return reading;
}

function readField(form: Form, field: FormField, text: string, reading: FieldReading): void {
  const rules = form.snapshot.validationRules.filter((rule) => rule.field === field.name);
  const fail = (message: string) => reading.errors.push({ field: field.name, message });
  const parsed = text === '' ? null : typedValue(field, text, form.snapshot.phoneCountry);
  const present = parsed !== null && !('value' in parsed && parsed.value === false);
  for (const rule of rules) {
    if (rule.rule === 'required' && !present) fail(rule.message);
  }
  if (parsed === null) return;
  let number: number | null = null;
  if ('error' in parsed) fail(parsed.error);
  else {
    reading.values[field.name] = parsed.value;
    if (parsed.email) reading.email = parsed.email;
    if (typeof parsed.value === 'number') number = parsed.value;
  }
  for (const rule of rules) {
    const failure = rule.rule === 'required' ? null : ruleFailure(rule, text, number);
    if (failure) fail(failure);
  }
}

type Parsed = { value: FieldValue; email?: EmailAddress } | { error: string };

/** The value a type makes of the text, or why the text is not of that type. */
function typedValue(field: FormField, text: string, phoneCountry: string | null): Parsed {
  const { name } = field;
  if ([...text].length > MAX_VALUE_LENGTH[field.type]) {
    return { error: `${name} must be at most ${MAX_VALUE_LENGTH[field.type]} characters long.` };
  }
  switch (field.type) {
    case 'email': {
      const email = parseEmail(text);
      return email
        ? { value: email.address, email }
        : { error: `${name} must be a valid email address.` };
    }
    case 'phone': {
      const e164 = toE164(text, phoneCountry);
      return e164
        ? { value: e164 }
        : {
            error: `${name} must be a valid phone number${phoneCountry ? '' : ' with its country code, such as +44 20 7946 0958'}.`,
          };
    }
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(text) && Number.isFinite(Number(text))
        ? { value: Number(text) }
        : { error: `${name} must be a number.` };
    case 'url':
      return isUrl(text, { protocols: ['http', 'https'] })
        ? { value: text }
        : { error: `${name} must be a web address (http or https).` };
    case 'select':
      return field.options!.includes(text)
        ? { value: text }
        : { error: `${name} must be one of ${field.options!.join(', ')}.` };
    case 'checkbox': {
      const lower = text.toLowerCase();
      if (CHECKED.has(lower)) return { value: true };
      if (UNCHECKED.has(lower)) return { value: false };
      return { error: `${name} must be checked (on, true) or not (off, false).` };
    }
    default:
      return { value: text };
  }
}
