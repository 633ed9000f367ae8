import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { type CustomerLtvView, ListCustomersLtvQuery } from '@app/ltv';
import { Clock } from '@app/kernel';
import { ExclusiveRuns } from '@app/platform';
import type { CustomerAssessment } from '../../../domain/customer-assessment.js';
import { dayOf } from '../../../domain/customer-assessment.js';
import {
  ChurnPredictionStore,
  type ChurnPredictionRecord,
} from '../../../domain/churn/churn-prediction-store.js';
import { summariseChurnModel } from '../../churn-model-summary.js';
import { ChurnModeller } from '../../churn-modeller.js';
import {
  type ChurnRecalculationView,
  RecalculateChurnCommand,
} from './recalculate-churn.command.js';

/**
 * Fits the churn model on the base's history and assesses every customer with events or
 * purchases, then replaces churn_predictions and the stored model in one transaction, so
 * readers see the old or the new predictions, never a mix. One run at a time, scheduled or on
 * demand, across replicas: two would each delete, then insert the same keys.
 */
@CommandHandler(RecalculateChurnCommand)
export class RecalculateChurnHandler implements ICommandHandler<RecalculateChurnCommand> {
  constructor(
    private readonly predictions: ChurnPredictionStore,
    private readonly modeller: ChurnModeller,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
    private readonly exclusive: ExclusiveRuns,
  ) {}

  execute(): Promise<ChurnRecalculationView> {
    return this.exclusive.run('retention.churn-predictions', 'A churn recalculation', () =>
      this.recalculate(),
    );
  }

  private async recalculate(): Promise<ChurnRecalculationView> {
    const started = Date.now();
    const now = this.clock.now();
    const base = await this.modeller.baseAt(dayOf(now), this.modeller.horizonDays);
    const model = await this.modeller.fit(base);
    const ltv = await this.queries.execute(new ListCustomersLtvQuery());
    const rows: ChurnPredictionRecord[] = [];
    for (const [customerId, assessment] of this.modeller.assessAll(base, model))
      rows.push(toRow(customerId, assessment, ltv.get(customerId) ?? null, now));
    await this.predictions.replace(rows, model, now);
    return {
      customers: rows.length,
      calculatedAt: now.toISOString(),
      riskLevels: countBy(rows, (row) => row.riskLevel),
      segments: countBy(rows, (row) => row.segment),
      model: summariseChurnModel(model),
      durationMs: Date.now() - started,
    };
  }
}

function toRow(
  customerId: string,
  assessment: CustomerAssessment,
  ltv: CustomerLtvView | null,
  now: Date,
): ChurnPredictionRecord {
  const { profile, score, churn } = assessment;
  return {
    customerId,
    churnProbability: churn.churnProbability,
    riskLevel: assessment.riskLevel,
    segment: assessment.segment,
    engagementScore: score.score,
    scoreBreakdown: score,
    factors: churn.factors,
    basis: churn.basis,
    probabilityAlive: ltv?.probabilityAlive ?? null,
    predictedClvMinor: ltv?.predictedClvMinor ?? null,
    currency: ltv?.currency ?? null,
    sessions: profile.sessions,
    clicks: profile.clicks,
    conversions: profile.conversions,
    totalSessionSeconds: profile.totalSessionSeconds,
    firstActivityDay: profile.firstActivityDay,
    lastActivityDay: profile.lastActivityDay,
    calculatedAt: now,
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
