import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';

/** Socket errors: the database server is down, restarting, or out of reach. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/**
 * PostgreSQL SQLSTATEs of a server that cannot serve this session: class 08 (connection
 * exception), class 53 (insufficient resources: too many connections, disk full, out of
 * memory) and 57P (administrator or crash shutdown, cannot connect now, database dropped,
 * session timeout).
 */
const SERVER_CODES = /^(08...|53...|57P..)$/;
/**
 * SQLSTATEs PostgreSQL gives a connection attempt it refuses: 55000 ("database is not
 * currently accepting connections", ALLOW_CONNECTIONS false) and 3D000 (the database is gone).
 * Raised by a query instead, 55000 is a bug (currval before nextval), so only while connecting.
 */
const CONNECT_CODES = new Set(['55000', '3D000']);
/** SQLite's lock stayed taken past busy_timeout: another writer holds the file. */
const SQLITE_BUSY = /^SQLITE_BUSY/;
/** node-postgres reports a dropped connection or a full wait for one by message only. */
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/;

/**
 * True when `error` (or the driver error inside it) says the database cannot be reached or
 * cannot take this work right now: the request is then a 503 to retry, not a 500 bug. Follows
 * `driverError` (TypeORM) and `cause` a few levels down. The one place that decides it.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  // TypeORM wraps errors of a query it ran (not of getting a connection) in QueryFailedError.
  let duringQuery = false;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    // TypeORM releases a query runner whose connection reported an error (a terminated backend),
    // so the next statement of that transaction fails with this rather than with the cause.
    if (current instanceof QueryRunnerAlreadyReleasedError) return true;
    if (current instanceof QueryFailedError) duringQuery = true;
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && unavailableCode(code, duringQuery)) return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
    const next = current as { driverError?: unknown; cause?: unknown };
    current = next.driverError ?? next.cause;
  }
  return false;
}

function unavailableCode(code: string, duringQuery: boolean): boolean {
  return (
    NETWORK_CODES.has(code) ||
    SERVER_CODES.test(code) ||
    SQLITE_BUSY.test(code) ||
    (!duringQuery && CONNECT_CODES.has(code))
  );
}
