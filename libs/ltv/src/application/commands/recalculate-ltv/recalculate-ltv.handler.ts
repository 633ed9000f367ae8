import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, Money, newId } from '@app/kernel';
import { APP_CONFIG, type AppConfig, ExclusiveRuns } from '@app/platform';
import { fitBase } from '../../../domain/analysis/recalculation.js';
import { lowestValues, segmentsFor } from '../../../domain/analysis/segments.js';
import { invalidAsOf } from '../../../domain/ltv.errors.js';
import { BaseSummaryReader } from '../../../domain/predictions/base-summary-reader.js';
import type { CustomerPrediction } from '../../../domain/predictions/customer-prediction.js';
import type { ModelFitRecord } from '../../../domain/predictions/model-fit-record.js';
import { PredictionStore } from '../../../domain/predictions/prediction-store.js';
import { dayOf, dayToDate } from '../../../domain/analysis/days.js';
import { type LtvModelView, toModelView } from '../../queries/ltv-model.view.js';
import { LTV_PREDICTIONS_RUN } from '../ltv-predictions-run.js';
import { RecalculateLtvCommand } from './recalculate-ltv.command.js';

@CommandHandler(RecalculateLtvCommand)
export class RecalculateLtvHandler implements ICommandHandler<RecalculateLtvCommand> {
  constructor(
    private readonly summaries: BaseSummaryReader,
    private readonly predictions: PredictionStore,
    private readonly clock: Clock,
    private readonly exclusive: ExclusiveRuns,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ asOf }: RecalculateLtvCommand): Promise<LtvModelView> {
    return this.exclusive.run(LTV_PREDICTIONS_RUN, 'An LTV recalculation or resegmentation', () =>
      this.recalculate(asOf),
    );
  }

  private async recalculate(requested: Date | undefined): Promise<LtvModelView> {
    const started = performance.now();
    const now = this.clock.now();
    const asOf = requested ?? now;
    if (asOf.getTime() > now.getTime()) throw invalidAsOf('asOf must not be in the future.');
    const { currency, horizonMonths, monthlyDiscountRate } = this.config.ltv;
    const digits = Money.minorDigits(currency);
    const asOfDay = dayOf(asOf);
    const customers = await this.summaries.summarise(asOf, asOfDay, currency);
    const fitted = fitBase(customers, digits, { months: horizonMonths, monthlyDiscountRate });

    const values = fitted.predictions.map((p) => p.predictedClvMinor);
    const sortedValues = [...values].sort((p, q) => p - q);
    // reduce, not Math.min(...): spreading a large base into arguments overflows the stack.
    const firstDay = customers.reduce((min, c) => Math.min(min, c.firstDay), Infinity);
    const fit: ModelFitRecord = {
      id: newId(),
      fittedAt: now,
      asOf,
      currency,
      customers: customers.length,
      revenueMinor: customers.reduce((sum, c) => sum + c.revenueMinor, 0),
      firstPurchaseDate: dayToDate(firstDay),
      dataSpanDays: asOfDay - firstDay,
      ...(fitted.bgNbd?.params ?? { r: null, alpha: null, a: null, b: null }),
      bgLogLikelihood: fitted.bgNbd?.logLikelihood ?? null,
      bgConverged: fitted.bgNbd?.converged ?? false,
      bgIterations: fitted.bgNbd?.iterations ?? null,
      ...(fitted.gammaGamma?.params ?? { p: null, q: null, gamma: null }),
      ggLogLikelihood: fitted.gammaGamma?.logLikelihood ?? null,
      ggConverged: fitted.gammaGamma?.converged ?? false,
      ggCustomers: fitted.gammaGamma?.customers ?? 0,
      basis: fitted.basis.method,
      basisReason: fitted.basis.reason,
      segmentsWithheld: null,
      horizonMonths,
      monthlyDiscountRate,
      averagePredictedClv: values.reduce((sum, v) => sum + v, 0) / values.length / 10 ** digits,
      medianPredictedClv: median(sortedValues) / 10 ** digits,
      fitMs: Math.round(fitted.fitMs),
      totalMs: 0,
    };
    await this.predictions.run(async (session) => {
      const { rule } = await session.segmentRule();
      const { segments, withheld } = segmentsFor(values, rule);
      fit.segmentsWithheld = withheld;
      const previous = await session.currentSegments();
      const rows: CustomerPrediction[] = customers.map((customer, i) => ({
        customerId: customer.customerId,
        fitId: fit.id,
        repeatPurchases: customer.repeatPurchases,
        recencyDays: customer.recencyDays,
        ageDays: customer.ageDays,
        orders: customer.orders,
        revenueMinor: customer.revenueMinor,
        meanRepeatValue:
          customer.repeatPurchases === 0
            ? 0
            : customer.repeatValueMinor / customer.repeatPurchases / 10 ** digits,
        expectedPurchases: fitted.predictions[i].expectedPurchases,
        probabilityAlive: fitted.predictions[i].probabilityAlive,
        expectedAverageValue: fitted.predictions[i].expectedAverageValue,
        predictedClvMinor: fitted.predictions[i].predictedClvMinor,
        segment: segments[i],
      }));
      await session.replace(fit, rows, previous);
      await session.saveSegmentRule(rule, currency, lowestValues(values, segments), now);
      // The whole recalculation, writes included, as its last write.
      fit.totalMs = Math.round(performance.now() - started);
      await session.recordDuration(fit.id, fit.totalMs);
    });
    return toModelView(fit);
  }
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
