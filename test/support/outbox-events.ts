import type { TestApp } from './test-app.js';
import { testDialect } from './test-database.js';

export interface OutboxEventRow {
  type: string;
  payload: Record<string, unknown>;
}

/**
 * Every row in the outbox, oldest first, payloads as objects on both databases: PostgreSQL
 * hands jsonb back parsed, SQLite keeps it as a binary JSONB blob that json() reads.
 */
export async function outboxEvents(t: TestApp): Promise<OutboxEventRow[]> {
  const payload = testDialect() === 'sqlite' ? 'json(payload) AS payload' : 'payload';
  const rows: { event_type: string; payload: unknown }[] = await t.dataSource.query(
    `SELECT event_type, ${payload} FROM outbox_events ORDER BY id`,
  );
  return rows.map((row) => ({
    type: row.event_type,
    payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
  }));
}
