import type { ValidationCollector } from '@app/kernel';

export const FIELD_TYPES = [
  'text',
  'textarea',
  'email',
  'phone',
  'number',
  'url',
  'select',
  'checkbox',
  'hidden',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** One input of a form. `options` only for select. */
export interface FormField {
  name: string;
  type: FieldType;
  label: string | null;
  options: string[] | null;
}

export interface FormFieldInput {
  name?: unknown;
  type?: unknown;
  label?: unknown;
  options?: unknown;
}

/** Parameters every submission may carry; a form field cannot take their names. */
export const RESERVED_NAMES: readonly string[] = [
  'form_id',
  'click_id',
  'utm_source',
  'utm_medium',
  'utm_campaign',
];

/** Lower-case, as HTML forms name inputs; short enough to read in reports. */
export const FIELD_NAME = /^[a-z][a-z0-9_]{0,49}$/;
export const MAX_FIELDS = 50;
const MAX_OPTIONS = 100;

/** The longest value each type takes, so that every stored value fits its column. */
export const MAX_VALUE_LENGTH: Readonly<Record<FieldType, number>> = {
  text: 255,
  textarea: 5000,
  email: 254,
  phone: 32,
  number: 32,
  url: 2048,
  select: 255,
  checkbox: 5,
  hidden: 255,
};

/** The lead's identity fields are read by name, so their type must fit what is read. */
const TYPE_OF_NAME: ReadonlyMap<string, FieldType> = new Map([
  ['email', 'email'],
  ['phone', 'phone'],
]);

/** Reads the field list, reporting every problem into `checks`. */
export function parseFormFields(input: unknown, checks: ValidationCollector): FormField[] {
  if (!Array.isArray(input) || input.length < 1 || input.length > MAX_FIELDS) {
    checks.add('fields', `fields must be a list of 1 to ${MAX_FIELDS} fields.`);
    return [];
  }
  const seen = new Set<string>();
  return input.flatMap((raw: FormFieldInput, index) => {
    const path = `fields.${index}`;
    const field = parseField(raw, path, checks);
    if (!field) return [];
    if (seen.has(field.name)) {
      checks.add(`${path}.name`, `The field ${field.name} is listed twice.`);
      return [];
    }
    seen.add(field.name);
    return [field];
  });
}

function parseField(raw: FormFieldInput, path: string, checks: ValidationCollector) {
  if (typeof raw !== 'object' || raw === null) {
    checks.add(path, 'A field must be an object with a name and a type.');
    return null;
  }
  const name = fieldName(raw.name, `${path}.name`, checks);
  const type = FIELD_TYPES.find((candidate) => candidate === raw.type);
  if (!type) checks.add(`${path}.type`, `type must be one of ${FIELD_TYPES.join(', ')}.`);
  const expected = name ? TYPE_OF_NAME.get(name) : undefined;
  if (type && expected && expected !== type) {
    checks.add(`${path}.type`, `The ${name} field must have the type ${expected}.`);
  }
  const label = optionalText(raw.label, `${path}.label`, 200, checks);
  const options = type === 'select' ? selectOptions(raw.options, `${path}.options`, checks) : null;
  if (type && type !== 'select' && raw.options !== undefined && raw.options !== null) {
    checks.add(`${path}.options`, 'Only select fields have options.');
  }
  if (!name || !type) return null;
  return { name, type, label, options } satisfies FormField;
}

/** A field or honeypot name: see FIELD_NAME; the submission's own parameters are taken. */
export function fieldName(
  value: unknown,
  path: string,
  checks: ValidationCollector,
): string | null {
  if (typeof value !== 'string' || !FIELD_NAME.test(value)) {
    checks.add(path, 'A name is 1 to 50 of a-z, 0-9 and _, starting with a letter.');
    return null;
  }
  if (RESERVED_NAMES.includes(value)) {
    checks.add(path, `${value} is a parameter of every submission and cannot name a field.`);
    return null;
  }
  return value;
}

function selectOptions(value: unknown, path: string, checks: ValidationCollector): string[] | null {
  const options = Array.isArray(value) ? value : [];
  const valid =
    options.length >= 1 &&
    options.length <= MAX_OPTIONS &&
    options.every(
      (option) => typeof option === 'string' && option.length >= 1 && option.length <= 255,
    ) &&
    new Set(options).size === options.length;
  if (!valid) {
    checks.add(
      path,
      `A select field needs 1 to ${MAX_OPTIONS} distinct options of 1 to 255 characters.`,
    );
    return null;
  }
  return options as string[];
}

function optionalText(
  value: unknown,
  path: string,
  maxLength: number,
  checks: ValidationCollector,
): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.length > maxLength) {
    checks.add(path, `${path.split('.').pop()} must be text of at most ${maxLength} characters.`);
    return null;
  }
  return value.trim() || null;
}
