import { describe, expect, it } from 'vitest';
import { validationErrorOf } from '../../../../test/support/domain-assertions.js';
import { {{Entity}}CreatedEvent } from './events/{{entity}}-created.event.js';
import { {{Context}}ErrorCode } from './{{context}}.errors.js';
import { {{Entity}} } from './{{entity}}.js';

const NOW = new Date('2026-11-26T09:00:00Z');
const ID = '01936f9e-8c2d-7e4b-a011-3c7d2f1e5b22';

describe('{{Entity}}.create', () => {
  it('creates a {{entity}} with its name trimmed and raises {{Entity}}Created', () => {
    const created = {{Entity}}.create({ name: '  First one  ' }, ID, NOW);
    expect(created.snapshot).toEqual({ id: ID, name: 'First one', createdAt: NOW });
    const events = created.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf({{Entity}}CreatedEvent);
    expect(events[0].payload).toEqual({ {{entityCamel}}Id: ID });
  });

  it.each([[''], ['   '], ['x'.repeat(201)]])('refuses the name %j', (name) => {
    const error = validationErrorOf(() => {{Entity}}.create({ name }, ID, NOW));
    expect(error.code).toBe({{Context}}ErrorCode.Invalid{{Entity}});
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['name']);
  });
});
