/** How many hits a subject has made in the current window, and when the window ends. */
export interface WindowCount {
  count: number;
  resetInMs: number;
}

/** Counts hits per subject in fixed windows aligned on the epoch (every replica agrees). */
export abstract class WindowCounter {
  abstract hit(subject: string, windowMs: number, now: Date): Promise<WindowCount>;
  /** Releases connections (Redis); nothing for memory. */
  async close(): Promise<void> {}
}

/** Share of the counted subjects forgotten at once when full: forgetting stays rare and cheap. */
const EVICTION_SHARE = 0.1;

/**
 * One process's counts, for one window at a time. Bounded: past `maxSubjects` in a window it
 * forgets the subjects first seen longest ago (a tenth at a time), so a flood of distinct
 * addresses costs memory it can name. A forgotten subject counts from zero again, which errs
 * toward letting a caller through.
 */
export class MemoryWindowCounter extends WindowCounter {
  private readonly windows = new Map<number, { start: number; counts: Map<string, number> }>();

  constructor(private readonly maxSubjects = 100_000) {
    super();
  }

  async hit(subject: string, windowMs: number, now: Date): Promise<WindowCount> {
    return this.count(subject, windowMs, now);
  }

  /** `hit` without the promise, for callers on a hot path (tracking's per-IP click rule). */
  count(subject: string, windowMs: number, now: Date): WindowCount {
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    let window = this.windows.get(windowMs);
    if (!window || window.start !== start) {
      window = { start, counts: new Map() };
      this.windows.set(windowMs, window);
    }
    const count = (window.counts.get(subject) ?? 0) + 1;
    window.counts.set(subject, count);
    if (count === 1 && window.counts.size > this.maxSubjects) this.forgetOldest(window.counts);
    return { count, resetInMs: start + windowMs - now.getTime() };
  }

  /** How many subjects the current window of this length counts. */
  subjects(windowMs: number): number {
    return this.windows.get(windowMs)?.counts.size ?? 0;
  }

  /** The window's size once over the bound: back under it by a tenth of the bound. */
  private forgetOldest(counts: Map<string, number>): void {
    const keep = this.maxSubjects - Math.ceil(this.maxSubjects * EVICTION_SHARE) + 1;
    for (const subject of counts.keys()) {
      if (counts.size <= keep) break;
      counts.delete(subject);
    }
  }
}
