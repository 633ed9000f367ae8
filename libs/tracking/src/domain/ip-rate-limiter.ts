import { MemoryWindowCounter } from '@app/kernel';

const MINUTE_MS = 60_000;

/**
 * The click fraud rule's count: clicks per visitor network (the caller's ipNetworkKey: an IPv4
 * address, an IPv6 /64) in fixed one-minute windows (UTC
 * minutes), in this process's memory and bounded (past `maxTrackedIps` in a minute it forgets
 * the IPs first seen longest ago, which errs toward letting a visitor through). Over the limit a
 * click is still recorded, as ip_rate_exceeded, and sent to the safe page.
 */
export class IpRateLimiter {
  private readonly counter: MemoryWindowCounter;

  constructor(
    private readonly limitPerMinute: number,
    maxTrackedIps = 100_000,
  ) {
    if (!Number.isSafeInteger(limitPerMinute) || limitPerMinute < 1) {
      throw new RangeError(`limitPerMinute must be a whole number >= 1, not ${limitPerMinute}.`);
    }
    if (!Number.isSafeInteger(maxTrackedIps) || maxTrackedIps < 1) {
      throw new RangeError(`maxTrackedIps must be a whole number >= 1, not ${maxTrackedIps}.`);
    }
    this.counter = new MemoryWindowCounter(maxTrackedIps);
  }

  /** Counts one click from `network`; true when it is over the limit for the current minute. */
  hit(network: string, now: Date): boolean {
    return this.counter.count(network, MINUTE_MS, now).count > this.limitPerMinute;
  }

  /** How many IPs are being counted now. */
  get trackedIps(): number {
    return this.counter.subjects(MINUTE_MS);
  }
}
