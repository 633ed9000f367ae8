import { describe, expect, it } from 'vitest';
import { ValidationError } from '@app/kernel';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';

describe('cursor pagination', () => {
  it('round-trips the last id through an opaque, URL-safe cursor', () => {
    const cursor = encodeCursor('01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toBe('01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11');
  });

  it('refuses a cursor it did not issue as a validation error on the cursor field', () => {
    for (const bad of [
      'zzz',
      encodeCursor('x').slice(0, 5),
      Buffer.from('{"no":1}').toString('base64url'),
    ]) {
      try {
        decodeCursor(bad);
        expect.unreachable(bad);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).fieldErrors[0].field).toBe('cursor');
      }
    }
  });

  it('uses the extra row only to tell that another page exists', () => {
    const rows = [{ id: 'c' }, { id: 'b' }, { id: 'a' }];
    expect(toPage(rows, 2, (row) => row.id)).toEqual({
      data: ['c', 'b'],
      nextCursor: encodeCursor('b'),
    });
    expect(toPage(rows, 3, (row) => row.id)).toEqual({ data: ['c', 'b', 'a'], nextCursor: null });
  });
});
