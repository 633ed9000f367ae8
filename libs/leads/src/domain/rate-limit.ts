/** The window submissions per IP are counted over. */
export const RATE_WINDOW_MS = 10 * 60_000;

export type RateVerdict = { limited: false } | { limited: true; retryAfterSeconds: number };

/**
 * Whether one more submission from an address is allowed. `recent` holds the times of its
 * counted submissions in the window, newest first, at most `limit` of them: once there are
 * `limit`, the next is refused until the oldest of them leaves the window.
 */
export function rateVerdict(recent: readonly Date[], limit: number, now: Date): RateVerdict {
  if (recent.length < limit) return { limited: false };
  const oldest = recent[limit - 1];
  const leavesAt = oldest.getTime() + RATE_WINDOW_MS;
  return {
    limited: true,
    retryAfterSeconds: Math.max(1, Math.ceil((leavesAt - now.getTime()) / 1000)),
  };
}
