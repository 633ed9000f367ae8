import type { DataSource } from 'typeorm';

/** What an exclusive run came to: its value, or nothing when another run held the lock. */
export type ExclusiveOutcome<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `work` while this session holds PostgreSQL's advisory lock `name`, or returns
 * `{ ran: false }` at once when another session holds it. The lock is session-level, on a
 * connection of its own, so `work` may use any number of transactions; it is released when
 * the work ends, and by the server if the connection dies.
 */
export async function tryAdvisoryLock<T>(
  dataSource: DataSource,
  name: string,
  work: () => Promise<T>,
): Promise<ExclusiveOutcome<T>> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // hashtextextended gives a 64-bit key from the name, the width advisory locks take.
    const [{ locked }] = (await runner.query(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
      [name],
    )) as { locked: boolean }[];
    if (!locked) return { ran: false };
    try {
      return { ran: true, value: await work() };
    } finally {
      // A connection that died took its session, and the lock with it, along.
      if (!runner.isReleased) {
        await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [name]);
      }
    }
  } finally {
    await runner.release();
  }
}
