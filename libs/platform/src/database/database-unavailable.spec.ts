import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('recognises a server that refuses or drops connections', () => {
    expect(isDatabaseUnavailable(withCode('ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('ECONNRESET'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('recognises PostgreSQL shutting down or not yet taking connections', () => {
    expect(isDatabaseUnavailable(withCode('57P01'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('57P03'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('08006'))).toBe(true);
  });

  it('recognises every SQLSTATE of a server that cannot serve the session', () => {
    // Class 08 (connection exception), 53 (insufficient resources), 57P (shutdown, dropped).
    for (const code of ['08000', '08001', '08003', '08P01', '53000', '53100', '53200', '53300'])
      expect(isDatabaseUnavailable(withCode(code)), code).toBe(true);
    for (const code of ['57P01', '57P02', '57P03', '57P04', '57P05'])
      expect(isDatabaseUnavailable(withCode(code)), code).toBe(true);
  });

  it('recognises a connection refused to a closed or missing database, but not such a query', () => {
    const closed = withCode('55000', 'database "x" is not currently accepting connections');
    expect(isDatabaseUnavailable(closed)).toBe(true);
    expect(isDatabaseUnavailable(withCode('3D000', 'database "x" does not exist'))).toBe(true);
    // 55000 from a query is a bug in it (currval before nextval), not an outage.
    const currval = withCode('55000', 'currval of sequence "s" is not yet defined in this session');
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT currval($1)', [], currval))).toBe(
      false,
    );
  });

  it('recognises more network failures and a wait for a pooled connection that timed out', () => {
    for (const code of ['ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH'])
      expect(isDatabaseUnavailable(withCode(code)), code).toBe(true);
    expect(
      isDatabaseUnavailable(new Error('Connection terminated due to connection timeout')),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Client has encountered a connection error'))).toBe(
      true,
    );
  });

  it('recognises a transaction whose connection TypeORM released after it failed', () => {
    expect(isDatabaseUnavailable(new QueryRunnerAlreadyReleasedError())).toBe(true);
  });

  it('recognises SQLite still locked by another writer past its busy timeout', () => {
    expect(isDatabaseUnavailable(withCode('SQLITE_BUSY', 'database is locked'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('SQLITE_BUSY_SNAPSHOT'))).toBe(true);
  });

  it('looks inside TypeORM and cause wrappers', () => {
    const driver = withCode('57P01', 'terminating connection due to administrator command');
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], driver))).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: withCode('ECONNREFUSED') }))).toBe(
      true,
    );
  });

  it('leaves other failures alone: they are bugs or bad input, not an outage', () => {
    expect(isDatabaseUnavailable(withCode('23505'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('SQLITE_CONSTRAINT_UNIQUE'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('57014'))).toBe(false); // a cancelled statement
    expect(isDatabaseUnavailable(withCode('22P02'))).toBe(false); // bad text for a type
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
