import { describe, expect, it } from 'vitest';
import { IpRateLimiter } from './ip-rate-limiter.js';

const at = (time: string) => new Date(`2026-12-15T${time}Z`);

/** The verdicts of `count` hits from `ip` at `now`. */
const hits = (limiter: IpRateLimiter, ip: string, now: Date, count: number) =>
  Array.from({ length: count }, () => limiter.hit(ip, now));

describe('IpRateLimiter', () => {
  it('lets an IP through up to its limit in a minute and refuses the hits beyond', () => {
    const limiter = new IpRateLimiter(3);
    expect(hits(limiter, '203.0.113.7', at('12:00:10'), 5)).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it('counts each IP on its own', () => {
    const limiter = new IpRateLimiter(1);
    expect(limiter.hit('203.0.113.7', at('12:00:00'))).toBe(false);
    expect(limiter.hit('203.0.113.8', at('12:00:00'))).toBe(false);
    expect(limiter.hit('203.0.113.7', at('12:00:00'))).toBe(true);
  });

  it('starts a new count at each UTC minute, not 60 seconds after the first hit', () => {
    const limiter = new IpRateLimiter(2);
    expect(hits(limiter, '203.0.113.7', at('12:00:59.999'), 3)).toEqual([false, false, true]);
    expect(hits(limiter, '203.0.113.7', at('12:01:00'), 3)).toEqual([false, false, true]);
  });

  it('does not carry an earlier minute over a gap', () => {
    const limiter = new IpRateLimiter(1);
    expect(limiter.hit('203.0.113.7', at('12:00:00'))).toBe(false);
    expect(limiter.hit('203.0.113.7', at('12:05:30'))).toBe(false);
    expect(limiter.hit('203.0.113.7', at('12:05:31'))).toBe(true);
  });

  it('forgets the IPs of past minutes first when it tracks too many', () => {
    const limiter = new IpRateLimiter(1, 3);
    limiter.hit('old-1', at('12:00:00'));
    limiter.hit('old-2', at('12:00:00'));
    limiter.hit('current', at('12:01:00'));
    limiter.hit('new', at('12:01:01'));
    expect(limiter.trackedIps).toBe(2);
    // 'current' was kept: its next hit in the same minute is over the limit.
    expect(limiter.hit('current', at('12:01:02'))).toBe(true);
  });

  it('then forgets the IPs whose window began longest ago', () => {
    const limiter = new IpRateLimiter(1, 3);
    for (const ip of ['a', 'b', 'c', 'd']) limiter.hit(ip, at('12:00:00'));
    expect(limiter.trackedIps).toBe(3);
    expect(limiter.hit('a', at('12:00:01'))).toBe(false); // forgotten, counts from zero
    expect(limiter.hit('d', at('12:00:01'))).toBe(true);
  });

  it('keeps its memory bounded under a flood of distinct IPs', () => {
    const limiter = new IpRateLimiter(10, 1_000);
    for (let i = 0; i < 50_000; i += 1) {
      limiter.hit(`10.0.${i >> 8}.${i & 255}`, new Date(at('12:00:00').getTime() + i * 10));
    }
    expect(limiter.trackedIps).toBeLessThanOrEqual(1_000);
  });

  it('refuses a limit or a capacity that is not a whole number of at least 1', () => {
    expect(() => new IpRateLimiter(0)).toThrow(RangeError);
    expect(() => new IpRateLimiter(1.5)).toThrow(RangeError);
    expect(() => new IpRateLimiter(10, 0)).toThrow(RangeError);
  });
});
