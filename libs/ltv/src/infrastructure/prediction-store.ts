import { Injectable } from '@nestjs/common';
import { newId } from '@app/kernel';
import { In, type EntityManager } from 'typeorm';
import { SEGMENTS, type Segment } from '../domain/analysis/segments.js';
import { LtvModelFitOrmEntity } from './ltv-model-fit.orm-entity.js';
import { LtvPredictionOrmEntity } from './ltv-prediction.orm-entity.js';
import { LtvSegmentTransitionOrmEntity } from './ltv-segment-transition.orm-entity.js';
import { type BulkColumn, postgresBulkInsert } from './postgres-bulk-insert.js';
import { chunks } from './sql-chunks.js';

const isPostgres = (manager: EntityManager) => manager.connection.options.type === 'postgres';

const PREDICTION_COLUMNS: BulkColumn<LtvPredictionOrmEntity>[] = [
  { name: 'customer_id', type: 'text', value: (p) => p.customerId },
  { name: 'fit_id', type: 'text', value: (p) => p.fitId },
  { name: 'repeat_purchases', type: 'int4', value: (p) => p.repeatPurchases },
  { name: 'recency_days', type: 'int4', value: (p) => p.recencyDays },
  { name: 'age_days', type: 'int4', value: (p) => p.ageDays },
  { name: 'orders', type: 'int4', value: (p) => p.orders },
  { name: 'revenue_minor', type: 'int8', value: (p) => p.revenueMinor },
  { name: 'mean_repeat_value', type: 'float8', value: (p) => p.meanRepeatValue },
  { name: 'expected_purchases', type: 'float8', value: (p) => p.expectedPurchases },
  { name: 'probability_alive', type: 'float8', value: (p) => p.probabilityAlive },
  { name: 'expected_average_value', type: 'float8', value: (p) => p.expectedAverageValue },
  { name: 'predicted_clv_minor', type: 'int8', value: (p) => p.predictedClvMinor },
  { name: 'segment', type: 'text', value: (p) => p.segment },
];

const TRANSITION_COLUMNS: BulkColumn<LtvSegmentTransitionOrmEntity>[] = [
  { name: 'id', type: 'text', value: (t) => t.id },
  { name: 'customer_id', type: 'text', value: (t) => t.customerId },
  { name: 'from_segment', type: 'text', value: (t) => t.fromSegment },
  { name: 'to_segment', type: 'text', value: (t) => t.toSegment },
  { name: 'changed_at', type: 'timestamptz', value: (t) => t.changedAt },
  { name: 'fit_id', type: 'text', value: (t) => t.fitId },
];

/** Segment changes are written this many at a time on SQLite (6 columns each). */
const TRANSITIONS_PER_STATEMENT = 2_000;

/**
 * Writes what a recalculation found, set-based: the fit row, then the whole predictions table
 * replaced by multi-row inserts, and a transition for every customer whose segment changed.
 * Callers run it in one unit of work, so readers see the old fit or the new one, never a mix.
 */
@Injectable()
export class PredictionStore {
  /** Each customer's current segment. */
  async segments(manager: EntityManager): Promise<Map<string, Segment | null>> {
    const rows: { customer_id: string; segment: Segment | null }[] = await manager.query(
      'SELECT customer_id, segment FROM ltv_predictions',
    );
    return new Map(rows.map((row) => [row.customer_id, row.segment]));
  }

  async replace(
    manager: EntityManager,
    fit: LtvModelFitOrmEntity,
    predictions: readonly LtvPredictionOrmEntity[],
    previous: ReadonlyMap<string, Segment | null>,
  ): Promise<number> {
    await manager.insert(LtvModelFitOrmEntity, fit);
    await manager.createQueryBuilder().delete().from(LtvPredictionOrmEntity).execute();
    if (isPostgres(manager)) {
      await postgresBulkInsert(manager, 'ltv_predictions', PREDICTION_COLUMNS, predictions);
    } else {
      for (const part of chunks(predictions)) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(LtvPredictionOrmEntity)
          .values(part)
          .execute();
      }
    }
    const moves = predictions
      // A new customer without a segment has not moved.
      .filter((p) => (previous.get(p.customerId) ?? null) !== p.segment)
      .map((p) => ({
        customerId: p.customerId,
        from: previous.get(p.customerId) ?? null,
        to: p.segment,
      }));
    await this.recordTransitions(manager, moves, fit.fittedAt, fit.id);
    return moves.length;
  }

  async recordDuration(manager: EntityManager, fitId: string, totalMs: number): Promise<void> {
    await manager.update(LtvModelFitOrmEntity, { id: fitId }, { totalMs });
  }

  /**
   * Moves customers to new segments without a refit (new thresholds): one UPDATE per target
   * segment and chunk of customers, and their transitions.
   */
  async resegment(
    manager: EntityManager,
    moves: readonly { customerId: string; from: Segment | null; to: Segment | null }[],
    at: Date,
  ): Promise<void> {
    for (const segment of [...SEGMENTS, null]) {
      const ids = moves.filter((move) => move.to === segment).map((move) => move.customerId);
      for (const part of chunks(ids)) {
        await manager.update(LtvPredictionOrmEntity, { customerId: In(part) }, { segment });
      }
    }
    await this.recordTransitions(manager, moves, at, null);
  }

  private async recordTransitions(
    manager: EntityManager,
    moves: readonly { customerId: string; from: Segment | null; to: Segment | null }[],
    at: Date,
    fitId: string | null,
  ): Promise<void> {
    const rows: LtvSegmentTransitionOrmEntity[] = moves.map((move) => ({
      id: newId(),
      customerId: move.customerId,
      fromSegment: move.from,
      toSegment: move.to,
      changedAt: at,
      fitId,
    }));
    if (isPostgres(manager)) {
      await postgresBulkInsert(manager, 'ltv_segment_transitions', TRANSITION_COLUMNS, rows);
      return;
    }
    for (const part of chunks(rows, TRANSITIONS_PER_STATEMENT)) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(LtvSegmentTransitionOrmEntity)
        .values(part)
        .execute();
    }
  }
}
