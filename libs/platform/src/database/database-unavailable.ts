/** Socket errors: the database server is down, restarting, or out of reach. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
/**
 * PostgreSQL SQLSTATEs of a server going away or not taking connections: class 08
 * (connection exception) and 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now).
 */
const SERVER_CODES = /^(08...|57P0[123])$/;
/** node-postgres reports a dropped connection or a full wait for one by message only. */
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/;

/**
 * True when `error` (or the driver error inside it) says the database cannot be reached right
 * now: the request is then a 503 to retry, not a 500 bug. Follows `driverError` (TypeORM) and
 * `cause` a few levels down.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.test(code)))
      return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
    const next = current as { driverError?: unknown; cause?: unknown };
    current = next.driverError ?? next.cause;
  }
  return false;
}
