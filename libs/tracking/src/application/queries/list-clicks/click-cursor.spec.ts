import { ValidationError } from '@app/kernel';
import { describe, expect, it } from 'vitest';
import { newClickId } from '../../../domain/click-id.js';
import { decodeClickCursor, encodeClickCursor } from './click-cursor.js';

describe('click list cursors', () => {
  const clickedAt = new Date('2026-11-26T09:00:00.123Z');
  const id = newClickId(clickedAt);

  it('round-trips the whole key (clicked_at, id) through an opaque, URL-safe cursor', () => {
    const cursor = encodeClickCursor({ clickedAt, id });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeClickCursor(cursor)).toEqual({ clickedAt, id });
  });

  it('refuses a cursor it did not issue as a validation error on the cursor field', () => {
    const good = encodeClickCursor({ clickedAt, id });
    const json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const bad of [
      '',
      'zzz',
      good.slice(0, -3),
      `${good}!`,
      json({ id: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11' }),
      json({ at: 'yesterday', id }),
      json({ at: clickedAt.toISOString(), id: 'not-a-click-id' }),
      json(null),
    ]) {
      try {
        decodeClickCursor(bad);
        expect.unreachable(bad);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).fieldErrors[0].field).toBe('cursor');
      }
    }
  });
});
