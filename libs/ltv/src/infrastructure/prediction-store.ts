import { Injectable } from '@nestjs/common';
import { newId } from '@app/platform';
import { In, type EntityManager } from 'typeorm';
import { SEGMENTS, type Segment } from '../domain/analysis/segments.js';
import { LtvModelFitOrmEntity } from './ltv-model-fit.orm-entity.js';
import { LtvPredictionOrmEntity } from './ltv-prediction.orm-entity.js';
import { LtvSegmentTransitionOrmEntity } from './ltv-segment-transition.orm-entity.js';
import { chunks } from './sql-chunks.js';

/** Segment changes are written this many at a time (7 columns each). */
const TRANSITIONS_PER_STATEMENT = 2_000;

/**
 * Writes what a recalculation found, set-based: the fit row, then the whole predictions table
 * replaced by multi-row inserts, and a transition for every customer whose segment changed.
 * Callers run it in one unit of work, so readers see the old fit or the new one, never a mix.
 */
@Injectable()
export class PredictionStore {
  /** Each customer's current segment. */
  async segments(manager: EntityManager): Promise<Map<string, Segment>> {
    const rows: { customer_id: string; segment: Segment }[] = await manager.query(
      'SELECT customer_id, segment FROM ltv_predictions',
    );
    return new Map(rows.map((row) => [row.customer_id, row.segment]));
  }

  async replace(
    manager: EntityManager,
    fit: LtvModelFitOrmEntity,
    predictions: readonly LtvPredictionOrmEntity[],
    previous: ReadonlyMap<string, Segment>,
  ): Promise<number> {
    await manager.insert(LtvModelFitOrmEntity, fit);
    await manager.createQueryBuilder().delete().from(LtvPredictionOrmEntity).execute();
    for (const part of chunks(predictions)) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(LtvPredictionOrmEntity)
        .values(part)
        .execute();
    }
    const moves = predictions
      .filter((p) => previous.get(p.customerId) !== p.segment)
      .map((p) => ({
        customerId: p.customerId,
        from: previous.get(p.customerId) ?? null,
        to: p.segment,
      }));
    await this.recordTransitions(manager, moves, fit.fittedAt, fit.id);
    return moves.length;
  }

  /**
   * Moves customers to new segments without a refit (new thresholds): one UPDATE per target
   * segment and chunk of customers, and their transitions.
   */
  async resegment(
    manager: EntityManager,
    moves: readonly { customerId: string; from: Segment | null; to: Segment }[],
    at: Date,
  ): Promise<void> {
    for (const segment of SEGMENTS) {
      const ids = moves.filter((move) => move.to === segment).map((move) => move.customerId);
      for (const part of chunks(ids)) {
        await manager.update(LtvPredictionOrmEntity, { customerId: In(part) }, { segment });
      }
    }
    await this.recordTransitions(manager, moves, at, null);
  }

  private async recordTransitions(
    manager: EntityManager,
    moves: readonly { customerId: string; from: Segment | null; to: Segment }[],
    at: Date,
    fitId: string | null,
  ): Promise<void> {
    const rows = moves.map((move) => ({
      id: newId(),
      customerId: move.customerId,
      fromSegment: move.from,
      toSegment: move.to,
      changedAt: at,
      fitId,
    }));
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
