import { describe, expect, it } from 'vitest';
import { readFields } from './field-values.js';
import { Form } from './form.js';
import type { FormFieldInput } from './form-field.js';
import type { ValidationRuleInput } from './validation-rule.js';

const NOW = new Date('2026-11-26T09:00:00Z');

function formWith(
  fields: FormFieldInput[],
  rules: ValidationRuleInput[] = [],
  phoneCountry?: string,
) {
  return Form.create({ name: 'Test', fields, validationRules: rules, phoneCountry }, 'f1', NOW);
}

/** The `field: message` lines a body earns on a form of one field and one rule. */
function failures(field: FormFieldInput, rule: ValidationRuleInput | null, value: unknown) {
  const form = formWith([field], rule ? [{ field: field.name, message: 'broken', ...rule }] : []);
  return readFields(form, { [field.name as string]: value }).errors.map(
    (e) => `${e.field}: ${e.message}`,
  );
}

describe('the rule types', () => {
  const text = { name: 'company', type: 'text' };
  const number = { name: 'seats', type: 'number' };

  it('required: refuses an absent, empty or blank value, and an unticked checkbox', () => {
    for (const value of [undefined, '', '   ', null])
      expect(failures(text, { rule: 'required' }, value)).toEqual(['company: broken']);
    expect(failures(text, { rule: 'required' }, 'Acme')).toEqual([]);
    const box = { name: 'terms', type: 'checkbox' };
    expect(failures(box, { rule: 'required' }, 'off')).toEqual(['terms: broken']);
    expect(failures(box, { rule: 'required' }, 'on')).toEqual([]);
  });

  it('min_length and max_length count characters (not bytes) of the trimmed value', () => {
    expect(failures(text, { rule: 'min_length', value: 3 }, ' ab ')).toEqual(['company: broken']);
    expect(failures(text, { rule: 'min_length', value: 3 }, 'abc')).toEqual([]);
    expect(failures(text, { rule: 'max_length', value: 3 }, 'abcd')).toEqual(['company: broken']);
    expect(failures(text, { rule: 'max_length', value: 3 }, 'äöü')).toEqual([]);
  });

  it('pattern: the whole value must match, as in HTML', () => {
    const rule = { rule: 'pattern', value: '[A-Z]{2}\\d{3}' };
    expect(failures(text, rule, 'AB123')).toEqual([]);
    expect(failures(text, rule, 'xAB123')).toEqual(['company: broken']);
    expect(failures(text, rule, 'AB1234')).toEqual(['company: broken']);
  });

  it('pattern: a value over 1000 characters fails without being matched', () => {
    const textarea = { name: 'notes', type: 'textarea' };
    const rule = { rule: 'pattern', value: '.*' };
    expect(failures(textarea, rule, 'x'.repeat(1000))).toEqual([]);
    expect(failures(textarea, rule, 'x'.repeat(1001))).toEqual([
      'notes: notes is too long (over 1000 characters) to be checked against its pattern.',
    ]);
  });

  it('pattern: a stored pattern RE2 refuses fails closed', () => {
    const saved = formWith([text], [{ field: 'company', rule: 'pattern', value: '\\w+' }]);
    const stored = saved.snapshot.validationRules[0];
    const legacy = Form.restore({
      ...saved.snapshot,
      validationRules: [{ ...stored, value: '(?!test)\\w+' }],
    });
    expect(readFields(legacy, { company: 'acme' }).errors).toEqual([
      {
        field: 'company',
        message:
          'company cannot be checked: the form uses a pattern that is no longer supported; its owner must change it.',
      },
    ]);
  });

  it('min and max compare numbers', () => {
    expect(failures(number, { rule: 'min', value: 5 }, '4.5')).toEqual(['seats: broken']);
    expect(failures(number, { rule: 'min', value: 5 }, 5)).toEqual([]);
    expect(failures(number, { rule: 'max', value: 10 }, '11')).toEqual(['seats: broken']);
    expect(failures(number, { rule: 'max', value: 10 }, '-3')).toEqual([]);
  });

  it('one_of accepts only the listed values', () => {
    const rule = { rule: 'one_of', value: ['eu', 'us'] };
    expect(failures(text, rule, 'us')).toEqual([]);
    expect(failures(text, rule, 'US')).toEqual(['company: broken']);
  });

  it('skips the other rules on an absent optional value', () => {
    expect(failures(text, { rule: 'min_length', value: 3 }, undefined)).toEqual([]);
  });

  it('reports every broken rule of a field, in order', () => {
    const form = formWith(
      [text],
      [
        { field: 'company', rule: 'min_length', value: 5, message: 'too short' },
        { field: 'company', rule: 'pattern', value: '[a-z]+', message: 'lower case only' },
      ],
    );
    expect(readFields(form, { company: 'AB' }).errors.map((e) => e.message)).toEqual([
      'too short',
      'lower case only',
    ]);
  });

  it('writes a default message when the rule has none', () => {
    const form = formWith([text], [{ field: 'company', rule: 'max_length', value: 2 }]);
    expect(readFields(form, { company: 'abc' }).errors[0].message).toBe(
      'company must be at most 2 characters long.',
    );
  });
});

describe('the field types', () => {
  const one = (type: string, value: unknown, extra: Partial<FormFieldInput> = {}) => {
    const form = formWith([{ name: 'f', type, ...extra }]);
    return readFields(form, { f: value });
  };

  it('email: valid syntax only; classified business, free or disposable', () => {
    expect(one('email', 'no-at-sign').errors).toHaveLength(1);
    expect(one('email', 'a@localhost').errors).toHaveLength(1);
    expect(one('email', ' Ada@Example.org ').email).toMatchObject({
      address: 'Ada@Example.org',
      normalized: 'ada@example.org',
    });
  });

  it('phone: normalised to E.164, with the form country for national numbers', () => {
    expect(one('phone', '+1 (415) 555-2671').values.f).toBe('+14155552671');
    expect(one('phone', '020 7946 0958').errors).toHaveLength(1);
    const form = formWith([{ name: 'f', type: 'phone' }], [], 'GB');
    expect(readFields(form, { f: '020 7946 0958' }).values.f).toBe('+442079460958');
    expect(one('phone', '+1 123').errors).toHaveLength(1);
  });

  it('number, url, select and checkbox read what their type says', () => {
    expect(one('number', '12.5').values.f).toBe(12.5);
    expect(one('number', '1e3').errors).toHaveLength(1);
    expect(one('url', 'https://acme.io/x').values.f).toBe('https://acme.io/x');
    expect(one('url', 'ftp://acme.io').errors).toHaveLength(1);
    expect(one('select', 'b', { options: ['a', 'b'] }).values.f).toBe('b');
    expect(one('select', 'c', { options: ['a', 'b'] }).errors).toHaveLength(1);
    expect(one('checkbox', 'on').values.f).toBe(true);
    expect(one('checkbox', true).values.f).toBe(true);
    expect(one('checkbox', 'maybe').errors).toHaveLength(1);
  });

  it('refuses values longer than their type holds, and values that are not single', () => {
    expect(one('text', 'x'.repeat(256)).errors).toHaveLength(1);
    expect(one('textarea', 'x'.repeat(5000)).errors).toEqual([]);
    expect(one('text', { nested: 1 }).errors[0].message).toBe('f must be a single value.');
    expect(one('text', ['first', 'second']).values.f).toBe('first');
  });
});
