import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CustomerPurchaseOutlook } from '@app/ltv';
import { Clock } from '@app/kernel';
import { ExclusiveRuns } from '@app/platform';
import {
  type BacktestCase,
  backtestReport,
  scores,
} from '../../../domain/churn/backtest-report.js';
import { churnedWithin } from '../../../domain/churn/churn-training.js';
import { dayOf } from '../../../domain/customer-assessment.js';
import { backtestNotPossible } from '../../../domain/retention.errors.js';
import { summariseChurnModel } from '../../churn-model-summary.js';
import { type BaseAtDay, ChurnModeller } from '../../churn-modeller.js';
import {
  type ChurnBacktestView,
  type PurchaseModelScore,
  RunChurnBacktestCommand,
} from './run-churn-backtest.command.js';

/**
 * The model is fitted exactly as the daily recalculation would have fitted it on `asOf` (events
 * and purchases up to that day only), every customer known then is assessed, and each
 * prediction meets the outcome: a buyer churned without a purchase in the horizon, a visitor
 * without any activity of their own. One backtest at a time: it reads the whole base thrice.
 */
@CommandHandler(RunChurnBacktestCommand)
export class RunChurnBacktestHandler implements ICommandHandler<RunChurnBacktestCommand> {
  constructor(
    private readonly modeller: ChurnModeller,
    private readonly clock: Clock,
    private readonly exclusive: ExclusiveRuns,
  ) {}

  execute(command: RunChurnBacktestCommand): Promise<ChurnBacktestView> {
    return this.exclusive.run('retention.churn-backtest', 'A churn backtest', () =>
      this.backtest(command),
    );
  }

  private async backtest({
    asOf,
    horizonDays,
  }: RunChurnBacktestCommand): Promise<ChurnBacktestView> {
    const started = Date.now();
    const asOfDay = dayOf(asOf);
    const today = dayOf(this.clock.now());
    if (asOfDay + horizonDays > today) {
      throw backtestNotPossible(
        `The horizon after asOf has not passed yet: asOf + ${horizonDays} days is ${new Date(
          (asOfDay + horizonDays) * 86_400_000,
        )
          .toISOString()
          .slice(0, 10)}, after today. Choose an earlier asOf or a shorter horizon.`,
      );
    }
    const then = await this.modeller.baseAt(asOfDay, horizonDays, { compareModels: true });
    const model = await this.modeller.fit(then);
    // What happened next: the histories up to the end of the horizon (no new fit needed).
    const later = await this.modeller.baseAt(asOfDay + horizonDays, horizonDays, {
      params: model.purchaseModel.params,
    });
    const cases: BacktestCase[] = [];
    const buyers = new Map<string, number>();
    for (const [customerId, assessment] of this.modeller.assessAll(then, model)) {
      const { churn, profile } = assessment;
      const churned = churnedWithin(
        later.histories.get(customerId)!,
        asOfDay,
        horizonDays,
        churn.population,
      );
      if (churn.population === 'buyers') buyers.set(customerId, churned);
      cases.push({
        population: churn.population,
        churnProbability: churn.churnProbability,
        daysSinceLastActivity: asOfDay - profile.lastActivityDay,
        churned,
      });
    }
    if (cases.length === 0)
      throw backtestNotPossible(
        `No customer had any activity or purchase by ${asOf.toISOString().slice(0, 10)}.`,
      );
    return {
      asOf: new Date(asOfDay * 86_400_000).toISOString(),
      horizonDays,
      ...backtestReport(cases),
      model: summariseChurnModel(model),
      purchaseModels: comparePurchaseModels(then, buyers),
      durationMs: Date.now() - started,
    };
  }
}

const ESTIMATORS: [PurchaseModelScore['model'], (c: CustomerPurchaseOutlook) => number | null][] = [
  ['bg-nbd-expectation', (c) => c.probabilityNoPurchase],
  ['bg-nbd-exact', (c) => c.alternatives?.bgNbdExact ?? null],
  ['mbg-nbd-exact', (c) => c.alternatives?.mbgNbdExact ?? null],
];

/** Each estimator of P(no purchase) alone, on the buyers it could score. */
function comparePurchaseModels(then: BaseAtDay, buyers: Map<string, number>): PurchaseModelScore[] {
  const result: PurchaseModelScore[] = [];
  for (const [model, estimate] of ESTIMATORS) {
    const cases: BacktestCase[] = [];
    for (const customer of then.purchaseOutlook.customers) {
      const churned = buyers.get(customer.customerId);
      const probability = estimate(customer);
      if (churned === undefined || probability === null) continue;
      const lastPurchase = customer.purchaseDays[customer.purchaseDays.length - 1];
      cases.push({
        population: 'buyers',
        churnProbability: probability,
        daysSinceLastActivity: then.day - lastPurchase,
        churned,
      });
    }
    if (cases.length > 0)
      result.push({ model, chosen: model === 'bg-nbd-expectation', scores: scores(cases) });
  }
  return result;
}
