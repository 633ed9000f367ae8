import { describe, expect, it } from 'vitest';
import { fieldsRefused, validationErrorOf } from '../../../../test/support/domain-assertions.js';
import { contactForm } from './contact-form.js';
import { Form } from './form.js';

const NOW = new Date('2026-11-26T09:00:00Z');
const LATER = new Date('2026-11-27T09:00:00Z');

describe('a form', () => {
  it('defaults its honeypot to website and keeps its rules', () => {
    const form = Form.create(
      {
        name: ' Demo ',
        fields: [{ name: 'email', type: 'email' }],
        validationRules: [{ field: 'email', rule: 'required' }],
      },
      'id',
      NOW,
    );
    expect(form.snapshot).toMatchObject({
      name: 'Demo',
      honeypotField: 'website',
      builtIn: false,
      version: 0,
    });
  });

  it('refuses rule values that do not fit their rule or field', () => {
    const refused = fieldsRefused(() =>
      Form.create(
        {
          name: 'x',
          fields: [
            { name: 'a', type: 'text' },
            { name: 'b', type: 'checkbox' },
          ],
          validationRules: [
            { field: 'a', rule: 'required', value: 1 },
            { field: 'a', rule: 'min_length', value: -1 },
            { field: 'a', rule: 'min', value: 3 },
            { field: 'a', rule: 'pattern', value: '(' },
            { field: 'a', rule: 'one_of', value: [] },
            { field: 'b', rule: 'max_length', value: 3 },
            { field: 'a', rule: 'required', message: '' },
          ],
        },
        'id',
        NOW,
      ),
    );
    expect(refused).toEqual(
      [0, 1, 2, 3, 4, 5]
        .map((i) => `validationRules.${i}.value`)
        .concat('validationRules.6.message'),
    );
  });

  it('replaces the listed settings on update, checking kept rules against new fields', () => {
    const form = contactForm();
    const error = validationErrorOf(() =>
      form.update({ fields: [{ name: 'phone', type: 'phone' }] }, LATER),
    );
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['validationRules.0.field']);
    form.update({ name: 'Talk to us' }, LATER);
    expect(form.snapshot).toMatchObject({
      name: 'Talk to us',
      createdAt: LATER,
      updatedAt: LATER,
      builtIn: true,
    });
  });
});
