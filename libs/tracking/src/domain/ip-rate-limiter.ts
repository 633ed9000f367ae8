const MINUTE_MS = 60_000;
/** Share of the tracked IPs forgotten at once when full, so forgetting is rare and cheap. */
const EVICTION_SHARE = 0.1;

/**
 * Counts clicks per IP address in fixed one-minute windows (UTC minutes) and says when one IP
 * goes over its limit. Only the current minute matters to a fixed window, so the counts start
 * afresh at each minute. It lives in one process's memory, so its memory is bounded: past
 * `maxTrackedIps` in one minute it forgets the IPs first seen longest ago, a tenth at a time
 * (one entry at a time would walk the map's deleted slots on every hit). A flood of distinct
 * IPs can thus make it forget an IP early; that IP then counts from zero again, which errs
 * toward letting a visitor through.
 */
export class IpRateLimiter {
  /** Counts of the current minute, in the order the IPs were first seen in it. */
  private counts = new Map<string, number>();
  private minute = Number.NEGATIVE_INFINITY;

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
    if (minute > this.minute) {
      this.minute = minute;
      this.counts = new Map();
    }
    const count = (this.counts.get(ip) ?? 0) + 1;
    this.counts.set(ip, count);
    if (count === 1 && this.counts.size > this.maxTrackedIps) this.forgetOldest();
    return count > this.limitPerMinute;
  }

  /** How many IPs are being counted now. */
  get trackedIps(): number {
    return this.counts.size;
  }

  private forgetOldest(): void {
    let excess = this.counts.size - this.maxTrackedIps;
    excess += Math.ceil(this.maxTrackedIps * EVICTION_SHARE) - 1;
    for (const ip of this.counts.keys()) {
      if (excess-- <= 0) break;
      this.counts.delete(ip);
    }
  }
}
