import { describe, expect, it } from 'vitest';
import { clickTimeOf, newClickId } from './click-id.js';

const NOW = new Date('2026-12-15T12:34:56.789Z');

describe('newClickId', () => {
  it('gives 24 URL-safe characters: base64url without padding', () => {
    for (let i = 0; i < 1000; i += 1) {
      const id = newClickId(NOW);
      expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(encodeURIComponent(id)).toBe(id);
    }
  });

  it('never repeats an id, even for clicks in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 100_000 }, () => newClickId(NOW)));
    expect(ids.size).toBe(100_000);
  });

  it('carries 96 random bits after the 6 bytes of time', () => {
    const randomParts = Array.from({ length: 200 }, () =>
      Buffer.from(newClickId(NOW), 'base64url').subarray(6),
    );
    expect(randomParts.every((part) => part.length === 12)).toBe(true);
    // Every one of the 96 bit positions takes both values across 200 ids.
    for (let bit = 0; bit < 96; bit += 1) {
      const values = new Set(randomParts.map((part) => (part[bit >> 3] >> (7 - (bit & 7))) & 1));
      expect(values.size, `bit ${bit}`).toBe(2);
    }
  });

  it('sorts ids of later clicks after earlier ones by their time prefix', () => {
    const earlier = newClickId(new Date('2026-01-01T00:00:00Z')).slice(0, 8);
    const later = newClickId(new Date('2026-01-01T00:00:00.001Z')).slice(0, 8);
    expect(Buffer.from(later, 'base64url').compare(Buffer.from(earlier, 'base64url'))).toBe(1);
  });

  it('refuses a time it cannot carry in 6 bytes', () => {
    expect(() => newClickId(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => newClickId(new Date(-1))).toThrow(RangeError);
  });
});

describe('clickTimeOf', () => {
  it('reads back the millisecond the click id was made', () => {
    expect(clickTimeOf(newClickId(NOW))).toEqual(NOW);
    expect(clickTimeOf(newClickId(new Date(0)))).toEqual(new Date(0));
    const far = new Date('9999-12-31T23:59:59.999Z');
    expect(clickTimeOf(newClickId(far))).toEqual(far);
  });

  it('refuses strings that are not click ids: wrong length or alphabet', () => {
    const id = newClickId(NOW);
    for (const bad of [
      '',
      id.slice(1),
      `${id}A`,
      `${id.slice(0, 23)}+`,
      `${id.slice(0, 23)}/`,
      `${id.slice(0, 23)}=`,
      `${id.slice(0, 22)}==`,
      ` ${id.slice(1)}`,
      '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11',
      'é'.repeat(24),
    ]) {
      expect(clickTimeOf(bad), bad).toBeNull();
    }
    expect(clickTimeOf(null as unknown as string)).toBeNull();
  });
});
