import { BUILT_IN_FORM_IDS } from '../domain/contact-form.js';
import { Form } from '../domain/form.js';
import { FormOrmEntity } from './form.orm-entity.js';

export function formFromRow(row: FormOrmEntity): Form {
  return Form.restore({ ...row, builtIn: BUILT_IN_FORM_IDS.includes(row.id) });
}

export function formToRow(form: Form): FormOrmEntity {
  const { builtIn: _builtIn, createdAt, updatedAt, version, ...settings } = form.snapshot;
  const now = new Date();
  return Object.assign(new FormOrmEntity(), {
    ...settings,
    createdAt: createdAt ?? updatedAt ?? now,
    updatedAt: updatedAt ?? now,
    version: version + 1,
  });
}
