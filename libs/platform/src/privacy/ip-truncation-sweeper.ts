import { Injectable } from '@nestjs/common';
import { Clock, truncateIp } from '@app/kernel';
import { UnitOfWork, type Transaction } from '../database/unit-of-work.js';

/** One table column of visitor IPs, read in the order of an index on (time, id). */
export interface IpColumnSweep {
  /** Stable name, the key of the sweep's watermark: `tracking.clicks.ip`. */
  name: string;
  table: string;
  /** When the row was written; rows older than the retention window are truncated. */
  timeColumn: string;
  /** With the time, a unique key in index order. */
  idColumn: string;
  ipColumn: string;
}

export interface SweepResult {
  /** Rows read past the watermark (already truncated ones included). */
  scanned: number;
  /** Rows whose address changed. */
  truncated: number;
}

/** A time bound as each driver binds it: a Date for pg, TypeORM's UTC text for SQLite. */
type BoundTime = Date | string;

interface SweptRow {
  t: BoundTime;
  id: string;
  ip: string;
}

export const IP_SWEEP_BATCH_SIZE = 1_000;

/**
 * Truncates the IP addresses of the rows written before a cutoff, batch by batch along the
 * table's (time, id) index, never with a scan of the whole table: each batch is the next
 * `batchSize` rows after the sweep's watermark, and the batch's changes and the advanced
 * watermark commit together, so a run that stops half-way resumes where it stopped and rows
 * already swept are never read again. Rows are written at their own time, which only moves
 * forward, so no row can appear behind the watermark later. The addresses are truncated here
 * with truncateIp, not in SQL, so both databases give exactly the same result.
 * Each context calls this over its own tables only.
 */
@Injectable()
export class IpTruncationSweeper {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async sweep(
    spec: IpColumnSweep,
    before: Date,
    batchSize = IP_SWEEP_BATCH_SIZE,
  ): Promise<SweepResult> {
    const result: SweepResult = { scanned: 0, truncated: 0 };
    for (;;) {
      const batch = await this.unitOfWork.run(async (tx) => {
        const rows = await this.nextBatch(tx, spec, before, batchSize);
        if (rows.length === 0) return { scanned: 0, truncated: 0 };
        const changed = rows
          .map((row) => ({ ...row, ip: truncateIp(row.ip) }))
          .filter((row, i) => row.ip !== rows[i].ip);
        await this.write(tx, spec, changed);
        await this.saveWatermark(tx, spec.name, rows[rows.length - 1]);
        return { scanned: rows.length, truncated: changed.length };
      });
      result.scanned += batch.scanned;
      result.truncated += batch.truncated;
      if (batch.scanned < batchSize) return result;
    }
  }

  private async nextBatch(
    tx: Transaction,
    spec: IpColumnSweep,
    before: Date,
    batchSize: number,
  ): Promise<SweptRow[]> {
    const { table, timeColumn: t, idColumn: id, ipColumn: ip } = spec;
    const [mark] = (await tx.manager.query(
      `SELECT last_time, last_id FROM ip_truncation_watermarks WHERE sweep = ${this.p(1)}`,
      [spec.name],
    )) as { last_time: BoundTime; last_id: string }[];
    const parameters: unknown[] = [this.bound(before)];
    // A row value comparison, which both databases answer from the (time, id) index.
    let after = '';
    if (mark) {
      parameters.push(mark.last_time, mark.last_id);
      after = `AND (${t}, ${id}) > (${this.p(2)}, ${this.p(3)})`;
    }
    parameters.push(batchSize);
    return (await tx.manager.query(
      `SELECT ${t} AS t, ${id} AS id, ${ip} AS ip FROM ${table}
       WHERE ${t} < ${this.p(1)} ${after} AND ${ip} IS NOT NULL
       ORDER BY ${t}, ${id} LIMIT ${this.p(parameters.length)}`,
      parameters,
    )) as SweptRow[];
  }

  private async write(tx: Transaction, spec: IpColumnSweep, rows: SweptRow[]): Promise<void> {
    if (rows.length === 0) return;
    const { table, timeColumn: t, idColumn: id, ipColumn: ip } = spec;
    if (this.unitOfWork.dialect === 'postgres') {
      // One statement for the batch: one round trip however many rows changed.
      await tx.manager.query(
        `UPDATE ${table} AS r SET ${ip} = v.ip
         FROM unnest($1::timestamptz[], $2::varchar[], $3::varchar[]) AS v(t, id, ip)
         WHERE r.${t} = v.t AND r.${id} = v.id`,
        [rows.map((row) => row.t), rows.map((row) => row.id), rows.map((row) => row.ip)],
      );
      return;
    }
    // SQLite runs in process: a prepared statement per row costs microseconds.
    for (const row of rows) {
      await tx.manager.query(`UPDATE ${table} SET ${ip} = ? WHERE ${t} = ? AND ${id} = ?`, [
        row.ip,
        row.t,
        row.id,
      ]);
    }
  }

  private async saveWatermark(tx: Transaction, sweep: string, last: SweptRow): Promise<void> {
    await tx.manager.query(
      `INSERT INTO ip_truncation_watermarks (sweep, last_time, last_id, updated_at)
       VALUES (${this.p(1)}, ${this.p(2)}, ${this.p(3)}, ${this.p(4)})
       ON CONFLICT (sweep) DO UPDATE
       SET last_time = excluded.last_time, last_id = excluded.last_id, updated_at = excluded.updated_at`,
      [sweep, last.t, last.id, this.bound(this.clock.now())],
    );
  }

  private p(position: number): string {
    return this.unitOfWork.dialect === 'postgres' ? `$${position}` : '?';
  }

  private bound(time: Date): BoundTime {
    if (this.unitOfWork.dialect === 'postgres') return time;
    // TypeORM's SQLite datetime text, so that comparisons with stored values are exact.
    return time.toISOString().replace('T', ' ').replace('Z', '');
  }
}

/** The instant before which addresses are truncated: `days` whole days before `now`. */
export function ipRetentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}
