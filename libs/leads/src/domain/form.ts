import { AggregateRoot, ValidationCollector } from '@app/kernel';
import { isSupportedCountry } from 'libphonenumber-js/max';
import { fieldName, type FormField, parseFormFields } from './form-field.js';
import { LeadsErrorCode } from './leads.errors.js';
import { parseValidationRules, type ValidationRule } from './validation-rule.js';

export const DEFAULT_HONEYPOT = 'website';

export interface FormSettings {
  name: string;
  fields: FormField[];
  validationRules: ValidationRule[];
  /** A field hidden from people: a bot that fills it in is spam. */
  honeypotField: string;
  /** The country assumed for phone numbers written without +country code; null: none. */
  phoneCountry: string | null;
}

export interface FormProps extends FormSettings {
  id: string;
  builtIn: boolean;
  /** null for a built-in form that has never been edited (it is not stored until then). */
  createdAt: Date | null;
  updatedAt: Date | null;
  version: number;
}

/** What a client sends to create or change a form; absent keys keep their current value. */
export interface FormDefinitionInput {
  name?: unknown;
  fields?: unknown;
  validationRules?: unknown;
  honeypotField?: unknown;
  phoneCountry?: unknown;
}

/** A form people fill in: its fields, the rules their values must follow, its honeypot. */
export class Form extends AggregateRoot {
  private constructor(private props: FormProps) {
    super();
  }

  static create(input: FormDefinitionInput, id: string, now: Date): Form {
    const settings = parseSettings(input, null);
    return new Form({
      ...settings,
      id,
      builtIn: false,
      createdAt: now,
      updatedAt: now,
      version: 0,
    });
  }

  static restore(props: FormProps): Form {
    return new Form({ ...props });
  }

  get id(): string {
    return this.props.id;
  }

  get version(): number {
    return this.props.version;
  }

  get snapshot(): Readonly<FormProps> {
    return this.props;
  }

  /** Applies every listed change, or none when any is invalid. Lists are replaced whole. */
  update(changes: FormDefinitionInput, now: Date): void {
    const next = parseSettings(changes, this.props);
    this.props = { ...this.props, ...next, createdAt: this.props.createdAt ?? now, updatedAt: now };
  }

  markSaved(): void {
    this.props = { ...this.props, version: this.props.version + 1 };
  }
}

function parseSettings(input: FormDefinitionInput, current: FormSettings | null): FormSettings {
  const checks = new ValidationCollector();
  const has = (key: keyof FormDefinitionInput) => input[key] !== undefined || !current;
  const name = has('name') ? formName(input.name, checks) : current!.name;
  const fields = has('fields') ? parseFormFields(input.fields, checks) : current!.fields;
  // Rules are checked against the fields they will apply to, new or kept.
  const rulesInput = has('validationRules') ? input.validationRules : current!.validationRules;
  const validationRules = parseValidationRules(rulesInput, fields, checks);
  const honeypotField = has('honeypotField')
    ? (fieldName(input.honeypotField ?? DEFAULT_HONEYPOT, 'honeypotField', checks) ?? '')
    : current!.honeypotField;
  if (fields.some((field) => field.name === honeypotField)) {
    checks.add('honeypotField', 'The honeypot must not be one of the fields people fill in.');
  }
  const phoneCountry = has('phoneCountry')
    ? countryCode(input.phoneCountry, checks)
    : current!.phoneCountry;
  checks.throwIfAny(LeadsErrorCode.InvalidForm, 'The form is invalid; see errors[].');
  return { name: name!, fields, validationRules, honeypotField, phoneCountry };
}

function formName(value: unknown, checks: ValidationCollector): string | null {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length < 1 || text.length > 200) {
    checks.add('name', 'name must be 1 to 200 characters long.');
    return null;
  }
  return text;
}

function countryCode(value: unknown, checks: ValidationCollector): string | null {
  if (value === undefined || value === null) return null;
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (!/^[A-Z]{2}$/.test(code) || !isSupportedCountry(code)) {
    checks.add('phoneCountry', 'phoneCountry must be an ISO 3166-1 alpha-2 code such as US or GB.');
    return null;
  }
  return code;
}
