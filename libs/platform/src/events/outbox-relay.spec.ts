import { describe, expect, it } from 'vitest';
import { retryAt } from './outbox-relay.js';

describe('outbox retry backoff', () => {
  const now = new Date('2026-11-26T00:00:00Z');
  const delay = (attempts: number) => retryAt(now, attempts).getTime() - now.getTime();

  it('doubles from one second and stops growing at ten minutes', () => {
    expect([1, 2, 3, 4].map(delay)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(delay(30)).toBe(600_000);
  });
});
