import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@app/platform';
import type { EntityManager } from 'typeorm';
import { clickPayout } from '../../domain/conversion-payout.js';
import { ClickOrmEntity } from '../click.orm-entity.js';
import { addToHourlyRollups, type RollupDelta } from '../hourly-rollup.js';
import { type SqlDialect, placeholder, timeParameter, valuesList } from './dialect-sql.js';
import type { ClickRecord, StoredTraffic, TrafficRecord } from './traffic-record.js';

const DUPLICATE_WINDOW_MS = 24 * 3_600_000;

/**
 * Stores a batch of clicks and impressions in one transaction: the clicks, which of them are a
 * visitor's first in 24 hours, and the hourly counters. One commit for the whole batch is what
 * makes durable clicks fast (group commit).
 */
@Injectable()
export class TrafficBatchStore {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** The stored outcome of each record, in order; the spent payouts for the spend cache. */
  async store(
    records: readonly TrafficRecord[],
  ): Promise<{ outcomes: StoredTraffic[]; deltas: RollupDelta[] }> {
    const dialect = this.unitOfWork.dialect;
    const clicks = records.filter((record): record is ClickRecord => record.kind === 'click');
    return this.unitOfWork.run(async ({ manager }) => {
      const unique = await this.firstVisits(manager, dialect, clicks);
      if (clicks.length > 0) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(ClickOrmEntity)
          .values(clicks.map((click) => toRow(click, unique.has(click.id))))
          .updateEntity(false)
          .execute();
      }
      const deltas = records.map((record) =>
        toDelta(record, record.kind === 'click' && unique.has(record.id)),
      );
      await addToHourlyRollups(manager, dialect, deltas);
      return {
        outcomes: records.map((record) => ({
          unique: record.kind === 'click' && unique.has(record.id),
        })),
        deltas,
      };
    });
  }

  /**
   * The ids of the clicks that are their visitor's first on this campaign and affiliate in 24
   * hours. Only clicks sent to the offer can be unique. The fingerprint row is claimed by an
   * upsert that succeeds only when the row is new or older than the window, so two replicas
   * cannot both count the same visitor.
   */
  private async firstVisits(
    manager: EntityManager,
    dialect: SqlDialect,
    clicks: ClickRecord[],
  ): Promise<Set<string>> {
    const candidates = new Map<string, ClickRecord>();
    for (const click of clicks) {
      if (click.destinationKind !== 'offer') continue;
      const fingerprint = fingerprintOf(click);
      if (!candidates.has(fingerprint)) candidates.set(fingerprint, click);
    }
    if (candidates.size === 0) return new Set();
    const entries = [...candidates.entries()];
    const parameters: unknown[] = entries.flatMap(([fingerprint, click]) => [
      fingerprint,
      timeParameter(dialect, click.clickedAt),
    ]);
    const threshold = new Date(entries[0][1].clickedAt.getTime() - DUPLICATE_WINDOW_MS);
    parameters.push(timeParameter(dialect, threshold));
    const claimed: { fingerprint: string }[] = await manager.query(
      `INSERT INTO click_fingerprints (fingerprint, last_seen) VALUES ${valuesList(dialect, entries.length, 2)}
       ON CONFLICT (fingerprint) DO UPDATE SET last_seen = excluded.last_seen
       WHERE click_fingerprints.last_seen <= ${placeholder(dialect, parameters.length)}
       RETURNING fingerprint`,
      parameters,
    );
    return new Set(claimed.map((row) => candidates.get(row.fingerprint)!.id));
  }
}

/** A hash, so that the table of recent visitors holds no IP address. */
function fingerprintOf(click: ClickRecord): string {
  return createHash('sha256')
    .update(`${click.ip}\n${click.campaignId}\n${click.affiliateId ?? ''}`)
    .digest('hex')
    .slice(0, 32);
}

function toRow(click: ClickRecord, isUnique: boolean): ClickOrmEntity {
  const { kind: _kind, payout: _payout, ...row } = click;
  return { ...row, isUnique };
}

function toDelta(record: TrafficRecord, unique: boolean): RollupDelta {
  if (record.kind === 'impression') {
    return {
      hour: record.at,
      campaignId: record.campaignId,
      affiliateId: record.affiliateId,
      impressions: 1,
    };
  }
  return {
    hour: record.clickedAt,
    campaignId: record.campaignId,
    affiliateId: record.affiliateId,
    clicks: 1,
    uniqueClicks: unique ? 1 : 0,
    botClicks: record.isBot ? 1 : 0,
    blockedClicks: record.isBlocked ? 1 : 0,
    payoutMinor: clickPayout(record.payout, {
      unique,
      isBot: record.isBot,
      isBlocked: record.isBlocked,
      destination: record.destinationKind,
    }),
  };
}
