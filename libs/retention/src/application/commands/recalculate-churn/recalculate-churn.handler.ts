import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, ExclusiveRuns, UnitOfWork } from '@app/platform';
import { dayOf } from '../../../domain/customer-assessment.js';
import { ActivityReader } from '../../../infrastructure/activity-reader.js';
import { ChurnPredictionOrmEntity } from '../../../infrastructure/churn-prediction.orm-entity.js';
import { type AssessedCustomer, CustomerAssessor } from '../../customer-assessor.js';
import {
  type ChurnRecalculationView,
  RecalculateChurnCommand,
} from './recalculate-churn.command.js';

const CHUNK = 200;

/**
 * Assesses every customer with events and replaces churn_predictions in one transaction, so
 * readers see the old or the new predictions, never a mix. One run at a time, scheduled or on
 * demand, across replicas: two would each delete, then insert the same keys.
 */
@CommandHandler(RecalculateChurnCommand)
export class RecalculateChurnHandler implements ICommandHandler<RecalculateChurnCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly activity: ActivityReader,
    private readonly assessor: CustomerAssessor,
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
    const today = dayOf(now);
    const byCustomer = await this.activity.byCustomer(today);
    const rows: ChurnPredictionOrmEntity[] = [];
    for (const [customerId, days] of byCustomer) {
      rows.push(toRow(await this.assessor.assess(customerId, days, today), now));
    }
    await this.unitOfWork.run(async ({ manager }) => {
      await manager.createQueryBuilder().delete().from(ChurnPredictionOrmEntity).execute();
      for (let i = 0; i < rows.length; i += CHUNK)
        await manager.insert(ChurnPredictionOrmEntity, rows.slice(i, i + CHUNK));
    });
    return {
      customers: rows.length,
      calculatedAt: now.toISOString(),
      riskLevels: countBy(rows, (row) => row.riskLevel),
      segments: countBy(rows, (row) => row.segment),
      durationMs: Date.now() - started,
    };
  }
}

function toRow(customer: AssessedCustomer, now: Date): ChurnPredictionOrmEntity {
  const { profile, score, churn, ltv } = customer;
  return Object.assign(new ChurnPredictionOrmEntity(), {
    customerId: customer.customerId,
    churnProbability: churn.churnProbability,
    riskLevel: customer.riskLevel,
    segment: customer.segment,
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
  });
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
