import { newId } from '@app/kernel';
import { In, type EntityManager } from 'typeorm';
import {
  type BoundedSegment,
  SEGMENTS,
  type Segment,
  type SegmentRule,
} from '../domain/analysis/segments.js';
import type { CustomerPrediction } from '../domain/predictions/customer-prediction.js';
import type { ModelFitRecord } from '../domain/predictions/model-fit-record.js';
import type {
  PredictionSession,
  RankedPrediction,
  SegmentMove,
} from '../domain/predictions/prediction-store.js';
import type { StoredSegmentRule } from '../domain/predictions/segment-rule-store.js';
import { LtvModelFitOrmEntity } from './ltv-model-fit.orm-entity.js';
import { LtvPredictionOrmEntity } from './ltv-prediction.orm-entity.js';
import { LtvSegmentTransitionOrmEntity } from './ltv-segment-transition.orm-entity.js';
import { type BulkColumn, postgresBulkInsert } from './postgres-bulk-insert.js';
import { chunks } from './sql-chunks.js';
import { readSegmentRule, writeSegmentRule } from './typeorm-segment-rule-store.js';

const isPostgres = (manager: EntityManager) => manager.connection.options.type === 'postgres';

const PREDICTION_COLUMNS: BulkColumn<CustomerPrediction>[] = [
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
 * Everything goes through one transaction's manager (see TypeormPredictionStore).
 */
export class TypeormPredictionSession implements PredictionSession {
  constructor(private readonly manager: EntityManager) {}

  segmentRule(): Promise<StoredSegmentRule> {
    return readSegmentRule(this.manager);
  }

  saveSegmentRule(
    rule: SegmentRule,
    currency: string,
    observed: Record<BoundedSegment, number | null>,
    now: Date,
  ): Promise<void> {
    return writeSegmentRule(this.manager, rule, currency, observed, now);
  }

  async ranking(): Promise<RankedPrediction[]> {
    const rows: {
      customer_id: string;
      predicted_clv_minor: string | number;
      segment: Segment | null;
    }[] = await this.manager.query(
      'SELECT customer_id, predicted_clv_minor, segment FROM ltv_predictions ORDER BY predicted_clv_minor DESC, customer_id',
    );
    return rows.map((row) => ({
      customerId: row.customer_id,
      predictedClvMinor: Number(row.predicted_clv_minor),
      segment: row.segment,
    }));
  }

  /** Each customer's current segment. */
  async currentSegments(): Promise<Map<string, Segment | null>> {
    const rows: { customer_id: string; segment: Segment | null }[] = await this.manager.query(
      'SELECT customer_id, segment FROM ltv_predictions',
    );
    return new Map(rows.map((row) => [row.customer_id, row.segment]));
  }

  async replace(
    fit: ModelFitRecord,
    predictions: readonly CustomerPrediction[],
    previous: ReadonlyMap<string, Segment | null>,
  ): Promise<number> {
    await this.manager.insert(LtvModelFitOrmEntity, fit);
    await this.manager.createQueryBuilder().delete().from(LtvPredictionOrmEntity).execute();
    if (isPostgres(this.manager)) {
      await postgresBulkInsert(this.manager, 'ltv_predictions', PREDICTION_COLUMNS, predictions);
    } else {
      for (const part of chunks(predictions)) {
        await this.manager
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
    await this.recordTransitions(moves, fit.fittedAt, fit.id);
    return moves.length;
  }

  async recordDuration(fitId: string, totalMs: number): Promise<void> {
    await this.manager.update(LtvModelFitOrmEntity, { id: fitId }, { totalMs });
  }

  /**
   * Moves customers to new segments without a refit (new thresholds): one UPDATE per target
   * segment and chunk of customers, and their transitions.
   */
  async resegment(moves: readonly SegmentMove[], at: Date): Promise<void> {
    for (const segment of [...SEGMENTS, null]) {
      const ids = moves.filter((move) => move.to === segment).map((move) => move.customerId);
      for (const part of chunks(ids)) {
        await this.manager.update(LtvPredictionOrmEntity, { customerId: In(part) }, { segment });
      }
    }
    await this.recordTransitions(moves, at, null);
  }

  private async recordTransitions(
    moves: readonly SegmentMove[],
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
    if (isPostgres(this.manager)) {
      await postgresBulkInsert(this.manager, 'ltv_segment_transitions', TRANSITION_COLUMNS, rows);
      return;
    }
    for (const part of chunks(rows, TRANSITIONS_PER_STATEMENT)) {
      await this.manager
        .createQueryBuilder()
        .insert()
        .into(LtvSegmentTransitionOrmEntity)
        .values(part)
        .execute();
    }
  }
}
