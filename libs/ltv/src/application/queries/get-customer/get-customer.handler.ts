import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, Money } from '@app/kernel';
import { DataSource } from 'typeorm';
import { dayOf } from '../../../domain/analysis/days.js';
import { historicalClv } from '../../../domain/analysis/historical-clv.js';
import { customerNotFound } from '../../../domain/ltv.errors.js';
import {
  meanRepeatValue,
  summarisePurchaseDays,
  toRfmPoint,
} from '../../../domain/models/customer-summary.js';
import { LtvCustomerOrmEntity } from '../../../infrastructure/ltv-customer.orm-entity.js';
import { LtvPredictionOrmEntity } from '../../../infrastructure/ltv-prediction.orm-entity.js';
import { LtvSegmentTransitionOrmEntity } from '../../../infrastructure/ltv-segment-transition.orm-entity.js';
import { latestFit } from '../latest-fit.js';
import { modelWarnings } from '../ltv-model.view.js';
import { major, roundMajor } from '../money-view.js';
import type { CustomerLtvDetailView } from './customer-ltv-detail.view.js';
import { GetCustomerQuery } from './get-customer.query.js';

const DAYS_SQL = `
SELECT occurred_day AS day, SUM(amount_minor) AS amount, COUNT(*) AS orders,
       MIN(occurred_at) AS first_at, MAX(occurred_at) AS last_at
FROM ltv_transactions
WHERE customer_id = :customerId AND status = 'counted'
GROUP BY occurred_day
ORDER BY occurred_day`;

interface DayRow {
  day: string | number;
  amount: string | number;
  orders: string | number;
  first_at: unknown;
  last_at: unknown;
}

@QueryHandler(GetCustomerQuery)
export class GetCustomerHandler implements IQueryHandler<GetCustomerQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ customerId }: GetCustomerQuery): Promise<CustomerLtvDetailView> {
    const manager = this.dataSource.manager;
    const customer = await manager.findOneBy(LtvCustomerOrmEntity, { customerId });
    if (!customer) throw customerNotFound(customerId);
    const { currency } = customer;
    const digits = Money.minorDigits(currency);
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(DAYS_SQL, {
      customerId,
    });
    const days: DayRow[] = await manager.query(sql, parameters);
    const today = dayOf(this.clock.now());
    const summary = summarisePurchaseDays(
      days.map((d) => ({ day: Number(d.day), amountMinor: Number(d.amount) })),
      today,
    );
    const orders = days.reduce((sum, d) => sum + Number(d.orders), 0);
    const revenueMinor = days.reduce((sum, d) => sum + Number(d.amount), 0);
    const history = historicalClv(
      { orders, revenueMinor, firstDay: days.length ? Number(days[0].day) : today, asOfDay: today },
      digits,
    );
    const point = summary ? toRfmPoint(summary) : { x: 0, tX: 0, T: 0 };
    const [prediction, transitions, fit] = await Promise.all([
      manager.findOneBy(LtvPredictionOrmEntity, { customerId }),
      manager.find(LtvSegmentTransitionOrmEntity, {
        where: { customerId },
        order: { changedAt: 'ASC', id: 'ASC' },
      }),
      latestFit(manager),
    ]);
    return {
      customerId,
      currency,
      acquisition: {
        campaignId: customer.acquisitionCampaignId,
        affiliateId: customer.acquisitionAffiliateId,
        acquiredAt: customer.acquiredAt?.toISOString() ?? null,
      },
      transactions: {
        orders,
        revenue: major(revenueMinor, currency),
        firstPurchaseAt: days.length ? instant(days[0].first_at) : null,
        lastPurchaseAt: days.length ? instant(days[days.length - 1].last_at) : null,
        repeatPurchases: point.x,
        recencyWeeks: point.tX,
        ageWeeks: point.T,
        meanRepeatValue: summary ? roundMajor(meanRepeatValue(summary, digits), currency) : 0,
      },
      historicalClv: roundMajor(history.clv, currency),
      historicalClvTerms: {
        averageOrderValue: roundMajor(history.averageOrderValue, currency),
        purchaseFrequencyPerYear: history.purchaseFrequencyPerYear,
        lifespanYears: history.lifespanYears,
      },
      predictedClv: prediction ? major(prediction.predictedClvMinor, currency) : null,
      expectedPurchases: prediction?.expectedPurchases ?? null,
      probabilityAlive: prediction?.probabilityAlive ?? null,
      expectedAverageValue: prediction
        ? roundMajor(prediction.expectedAverageValue, currency)
        : null,
      horizonMonths: prediction && fit ? fit.horizonMonths : null,
      predictionsAsOf: prediction && fit ? fit.asOf.toISOString() : null,
      segment: prediction?.segment ?? null,
      segmentHistory: transitions.map((t) => ({
        from: t.fromSegment,
        to: t.toSegment,
        at: t.changedAt.toISOString(),
      })),
      warnings: prediction && fit ? modelWarnings(fit) : [],
    };
  }
}

/** MIN/MAX of a timestamp come back as Date (PostgreSQL) or UTC text (SQLite). */
function instant(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  return new Date(
    /[zZ]|[+-]\d\d(:?\d\d)?$/.test(text) ? text : `${text.replace(' ', 'T')}Z`,
  ).toISOString();
}
