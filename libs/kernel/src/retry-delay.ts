/**
 * How long a failed outbound call (a webhook, a postback) waits before its next attempt:
 * 30 s, 1 min, 2 min, ... doubling, at most an hour. The caller gives up after its own
 * maximum of attempts.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}
