import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { FormRepository } from '../../../domain/form.repository.js';
import {
  addFunnels,
  EMPTY_FUNNEL,
  type FunnelCounts,
  funnelRates,
  scoreRanges,
} from '../../../domain/funnel.js';
import { gradeOf, GRADES } from '../../../domain/lead-grade.js';
import { LeadAnalyticsReader } from '../../../infrastructure/lead-analytics.reader.js';
import { GetLeadAnalyticsQuery } from './get-lead-analytics.query.js';
import type { FunnelView, LeadAnalyticsView } from './lead-analytics.view.js';

const withRates = (counts: FunnelCounts): FunnelView => ({ ...counts, rates: funnelRates(counts) });

@QueryHandler(GetLeadAnalyticsQuery)
export class GetLeadAnalyticsHandler implements IQueryHandler<GetLeadAnalyticsQuery> {
  constructor(
    private readonly reader: LeadAnalyticsReader,
    private readonly forms: FormRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ formId, from, to }: GetLeadAnalyticsQuery): Promise<LeadAnalyticsView> {
    const filter = {
      formId,
      from,
      to,
      qualified: this.config.leadQualifiedScore,
      hot: this.config.leadHotScore,
    };
    const [rows, scores, spamReasons, forms] = await Promise.all([
      this.reader.funnelRows(filter),
      this.reader.scoreCounts(filter),
      this.reader.spamReasonCounts(filter),
      this.forms.findAll(),
    ]);
    const names = new Map(forms.map((form) => [form.id, form.snapshot.name]));
    const grades = Object.fromEntries(GRADES.map((grade) => [grade, 0]));
    for (const [score, count] of scores) grades[gradeOf(score)] += count;
    return {
      formId: formId ?? null,
      from: from?.toISOString() ?? null,
      to: to?.toISOString() ?? null,
      funnel: withRates(rows.reduce(addFunnels, EMPTY_FUNNEL)),
      byForm: sumBy(rows, (row) => row.formId).map(([id, counts]) => ({
        formId: id,
        formName: names.get(id) ?? null,
        ...withRates(counts),
      })),
      byUtmSource: sumBy(rows, (row) => row.utmSource).map(([utmSource, counts]) => ({
        utmSource,
        ...withRates(counts),
      })),
      byCampaign: sumBy(rows, (row) => row.campaignId).map(([campaignId, counts]) => ({
        campaignId,
        ...withRates(counts),
      })),
      spamReasons,
      scoreDistribution: { ranges: scoreRanges(scores), grades },
    };
  }
}

/** The rows' funnels summed per key, most submissions first. */
function sumBy<K, R extends FunnelCounts>(rows: R[], key: (row: R) => K): [K, FunnelCounts][] {
  const sums = new Map<K, FunnelCounts>();
  for (const row of rows) {
    const { submissions, valid, invalid, spam, duplicates, leads, qualified, hot, converted } = row;
    const counts = {
      submissions,
      valid,
      invalid,
      spam,
      duplicates,
      leads,
      qualified,
      hot,
      converted,
    };
    sums.set(key(row), addFunnels(sums.get(key(row)) ?? EMPTY_FUNNEL, counts));
  }
  return [...sums].sort(([, a], [, b]) => b.submissions - a.submissions);
}
