const MINUTE_MS = 60_000;

interface Window {
  minute: number;
  count: number;
}

/**
 * Counts clicks per IP address in fixed one-minute windows (UTC minutes) and says when one IP
 * goes over its limit. It lives in one process's memory, so its memory is bounded: past
 * `maxTrackedIps` it forgets the IPs of past minutes first, then those whose window began
 * longest ago. A flood of distinct IPs can thus make it forget an IP early; that IP then
 * counts from zero again, which errs toward letting a visitor through.
 */
export class IpRateLimiter {
  /** Insertion order is the order windows began: a new window re-inserts its IP at the end. */
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limitPerMinute: number,
    private readonly maxTrackedIps = 100_000,
  ) {
    if (!Number.isSafeInteger(limitPerMinute) || limitPerMinute < 1) {
      throw new RangeError(`limitPerMinute must be a whole number >= 1, not ${limitPerMinute}.`);
    }
    if (!Number.isSafeInteger(maxTrackedIps) || maxTrackedIps < 1) {
      throw new RangeError(`maxTrackedIps must be a whole number >= 1, not ${maxTrackedIps}.`);
    }
  }

  /** Counts one click from `ip`; true when it is over the limit for the current minute. */
  hit(ip: string, now: Date): boolean {
    const minute = Math.floor(now.getTime() / MINUTE_MS);
    const entry = this.windows.get(ip);
    if (entry !== undefined && entry.minute === minute) {
      entry.count += 1;
      return entry.count > this.limitPerMinute;
    }
    this.windows.delete(ip);
    this.windows.set(ip, { minute, count: 1 });
    if (this.windows.size > this.maxTrackedIps) this.evict(minute);
    return 1 > this.limitPerMinute;
  }

  /** How many IPs are being counted now. */
  get trackedIps(): number {
    return this.windows.size;
  }

  private evict(currentMinute: number): void {
    // Past minutes sit at the front; one sweep clears them all, so eviction is cheap on average.
    for (const [ip, entry] of this.windows) {
      if (entry.minute >= currentMinute) break;
      this.windows.delete(ip);
    }
    for (const ip of this.windows.keys()) {
      if (this.windows.size <= this.maxTrackedIps) break;
      this.windows.delete(ip);
    }
  }
}
