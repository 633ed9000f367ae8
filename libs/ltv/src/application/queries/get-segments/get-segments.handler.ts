import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { DataSource } from 'typeorm';
import { LtvSegmentOrmEntity } from '../../../infrastructure/ltv-segment.orm-entity.js';
import { SegmentRuleStore } from '../../../domain/predictions/segment-rule-store.js';
import { major } from '../money-view.js';
import { segmentTotals } from '../segment-totals.js';
import { GetSegmentsQuery, type SegmentsView } from './get-segments.query.js';

@QueryHandler(GetSegmentsQuery)
export class GetSegmentsHandler implements IQueryHandler<GetSegmentsQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: SegmentRuleStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(): Promise<SegmentsView> {
    const manager = this.dataSource.manager;
    const { rule } = await this.rules.read();
    const currency = this.config.ltv.currency;
    const stored = new Map(
      (await manager.find(LtvSegmentOrmEntity)).map((row) => [row.segment as string, row]),
    );
    const totals = await segmentTotals(manager, currency);
    return {
      mode: rule.mode,
      currency,
      segments: totals.map((total) => {
        const bounds =
          total.segment === 'Low'
            ? null
            : rule.mode === 'absolute'
              ? rule.minimumMinor[total.segment]
              : (stored.get(total.segment)?.minimumMinor ?? null);
        return {
          ...total,
          minimumPredictedClv: bounds === null ? null : major(bounds, currency),
          topShare:
            rule.mode === 'percentile'
              ? total.segment === 'Low'
                ? 1
                : rule.topShares[total.segment]
              : null,
        };
      }),
    };
  }
}
