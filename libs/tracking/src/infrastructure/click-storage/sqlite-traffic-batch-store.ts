import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@app/platform';
import type { EntityManager } from 'typeorm';
import { ClickOrmEntity } from '../click.orm-entity.js';
import { addToHourlyRollups } from '../hourly-rollup.js';
import { placeholder, timeParameter, valuesList } from './dialect-sql.js';
import {
  DUPLICATE_WINDOW_MS,
  type StoredBatch,
  storedBatch,
  TrafficBatchStore,
  uniquenessCandidates,
} from './traffic-batch-store.js';
import type { ClickRecord, TrafficRecord } from './traffic-record.js';

/**
 * SQLite: one transaction of a few statements. The database is in-process, so statements cost
 * no round trip and the commit is what counts.
 */
@Injectable()
export class SqliteTrafficBatchStore extends TrafficBatchStore {
  constructor(private readonly unitOfWork: UnitOfWork) {
    super();
  }

  async store(records: readonly TrafficRecord[]): Promise<StoredBatch> {
    const clicks = records.filter((record): record is ClickRecord => record.kind === 'click');
    return this.unitOfWork.run(async ({ manager }) => {
      const unique = await this.firstVisits(manager, clicks);
      if (clicks.length > 0) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(ClickOrmEntity)
          .values(
            clicks.map(
              ({
                kind: _kind,
                payout: _payout,
                countedAffiliateId: _counted,
                visitorNetwork: _network,
                ...click
              }) => ({
                ...click,
                isUnique: unique.has(click.id),
              }),
            ),
          )
          .updateEntity(false)
          .execute();
      }
      const batch = storedBatch(records, unique);
      await addToHourlyRollups(manager, 'sqlite', batch.deltas);
      return batch;
    });
  }

  /**
   * The ids of the clicks that are their visitor's first in 24 hours. The fingerprint row is
   * claimed by an upsert that succeeds only when the row is new or older than the window.
   */
  private async firstVisits(manager: EntityManager, clicks: ClickRecord[]): Promise<Set<string>> {
    const candidates = [...uniquenessCandidates(clicks).entries()];
    if (candidates.length === 0) return new Set();
    const parameters: unknown[] = candidates.flatMap(([fingerprint, click]) => [
      fingerprint,
      timeParameter('sqlite', click.clickedAt),
    ]);
    const threshold = new Date(candidates[0][1].clickedAt.getTime() - DUPLICATE_WINDOW_MS);
    parameters.push(timeParameter('sqlite', threshold));
    const claimed: { fingerprint: string }[] = await manager.query(
      `INSERT INTO click_fingerprints (fingerprint, last_seen) VALUES ${valuesList('sqlite', candidates.length, 2)}
       ON CONFLICT (fingerprint) DO UPDATE SET last_seen = excluded.last_seen
       WHERE click_fingerprints.last_seen <= ${placeholder('sqlite', parameters.length)}
       RETURNING fingerprint`,
      parameters,
    );
    const byFingerprint = new Map(candidates);
    return new Set(claimed.map((row) => byFingerprint.get(row.fingerprint)!.id));
  }
}
