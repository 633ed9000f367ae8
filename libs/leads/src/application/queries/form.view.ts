import type { FormField } from '../../domain/form-field.js';
import type { Form } from '../../domain/form.js';
import type { ValidationRule } from '../../domain/validation-rule.js';

export interface FormView {
  id: string;
  name: string;
  builtIn: boolean;
  fields: FormField[];
  validationRules: ValidationRule[];
  honeypotField: string;
  phoneCountry: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export function toFormView(form: Form): FormView {
  const f = form.snapshot;
  return {
    id: f.id,
    name: f.name,
    builtIn: f.builtIn,
    fields: f.fields,
    validationRules: f.validationRules,
    honeypotField: f.honeypotField,
    phoneCountry: f.phoneCountry,
    createdAt: f.createdAt?.toISOString() ?? null,
    updatedAt: f.updatedAt?.toISOString() ?? null,
  };
}
