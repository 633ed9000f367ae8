import { describe, expect, it } from 'vitest';
import { rateVerdict } from './rate-limit.js';

const NOW = new Date('2026-11-26T09:10:00Z');
const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000);

describe('the per-IP submission rate', () => {
  it('allows submissions below the limit', () => {
    expect(rateVerdict([at(1), at(2)], 3, NOW)).toEqual({ limited: false });
  });

  it('refuses at the limit until the oldest counted submission leaves the 10-minute window', () => {
    expect(rateVerdict([at(1), at(2), at(9)], 3, NOW)).toEqual({
      limited: true,
      retryAfterSeconds: 60,
    });
    expect(rateVerdict([at(0), at(0), at(0)], 3, NOW)).toEqual({
      limited: true,
      retryAfterSeconds: 600,
    });
  });

  it('never tells a client to retry in less than a second', () => {
    expect(rateVerdict([at(9.9999)], 1, NOW)).toEqual({ limited: true, retryAfterSeconds: 1 });
  });
});
