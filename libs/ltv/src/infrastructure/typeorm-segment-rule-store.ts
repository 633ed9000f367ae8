import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  BOUNDED_SEGMENTS,
  type BoundedSegment,
  DEFAULT_SEGMENT_RULE,
  type SegmentRule,
} from '../domain/analysis/segments.js';
import {
  SegmentRuleStore,
  type StoredSegmentRule,
} from '../domain/predictions/segment-rule-store.js';
import { LtvSegmentOrmEntity } from './ltv-segment.orm-entity.js';

/** The segment rule kept in ltv_segments; no rows (a fresh or reset base) is the default rule. */
@Injectable()
export class TypeormSegmentRuleStore extends SegmentRuleStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  read(): Promise<StoredSegmentRule> {
    return readSegmentRule(this.dataSource.manager);
  }
}

/** The rule as `manager` sees it (inside a prediction session: that session's transaction). */
export async function readSegmentRule(manager: EntityManager): Promise<StoredSegmentRule> {
  const rows = await manager.find(LtvSegmentOrmEntity);
  const bySegment = new Map(rows.map((row) => [row.segment, row]));
  if (BOUNDED_SEGMENTS.some((segment) => !bySegment.has(segment)))
    return { rule: DEFAULT_SEGMENT_RULE, currency: null };
  const pick = (read: (row: LtvSegmentOrmEntity) => number | null) =>
    Object.fromEntries(
      BOUNDED_SEGMENTS.map((segment) => [segment, read(bySegment.get(segment)!) ?? 0]),
    ) as Record<BoundedSegment, number>;
  const rule: SegmentRule =
    rows[0].mode === 'absolute'
      ? { mode: 'absolute', minimumMinor: pick((row) => row.minimumMinor) }
      : { mode: 'percentile', topShares: pick((row) => row.topShare) };
  return { rule, currency: rows[0].currency };
}

/** Replaces the stored rule (see PredictionSession.saveSegmentRule). */
export async function writeSegmentRule(
  manager: EntityManager,
  rule: SegmentRule,
  currency: string,
  observed: Record<BoundedSegment, number | null>,
  now: Date,
): Promise<void> {
  await manager.createQueryBuilder().delete().from(LtvSegmentOrmEntity).execute();
  await manager.insert(
    LtvSegmentOrmEntity,
    BOUNDED_SEGMENTS.map((segment) => ({
      segment,
      mode: rule.mode,
      topShare: rule.mode === 'percentile' ? rule.topShares[segment] : null,
      minimumMinor: rule.mode === 'absolute' ? rule.minimumMinor[segment] : observed[segment],
      currency,
      updatedAt: now,
    })),
  );
}
