import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@app/kernel';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { DataSource } from 'typeorm';
import { dayOf, dayToDate, RELIABLE_SPAN_DAYS } from '../../../domain/analysis/days.js';
import type { Segment } from '../../../domain/analysis/segments.js';
import { latestFit } from '../latest-fit.js';
import { toModelView } from '../ltv-model.view.js';
import { major, roundMajor } from '../money-view.js';
import { segmentTotals } from '../segment-totals.js';
import { readCohorts } from './cohort-reader.js';
import { GetLtvAnalysisQuery } from './get-ltv-analysis.query.js';
import type { LtvAnalysisView, TopCustomerView } from './ltv-analysis.view.js';

const TOP_CUSTOMERS = 10;

const BASE_SQL = `
SELECT COUNT(DISTINCT t.customer_id) AS customers, SUM(t.amount_minor) AS revenue,
       MIN(t.occurred_day) AS first_day
FROM ltv_transactions t
JOIN ltv_customers c ON c.customer_id = t.customer_id
WHERE t.status = 'counted' AND t.occurred_at <= :asOf AND c.currency = :currency`;

@QueryHandler(GetLtvAnalysisQuery)
export class GetLtvAnalysisHandler implements IQueryHandler<GetLtvAnalysisQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ period }: GetLtvAnalysisQuery): Promise<LtvAnalysisView> {
    const manager = this.dataSource.manager;
    const fit = await latestFit(manager);
    const asOf = fit?.asOf ?? this.clock.now();
    const currency = fit?.currency ?? this.config.ltv.currency;
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(BASE_SQL, {
      asOf,
      currency,
    });
    const [base]: {
      customers: string | number;
      revenue: string | number | null;
      first_day: string | number | null;
    }[] = await manager.query(sql, parameters);
    const firstDay = base.first_day === null ? null : Number(base.first_day);
    const spanDays = firstDay === null ? 0 : dayOf(asOf) - firstDay;
    const model = fit ? toModelView(fit) : null;
    const warnings = model?.warnings ?? [];
    if (!fit && spanDays < RELIABLE_SPAN_DAYS) {
      warnings.push('No model has been fitted yet, and the data span is under 12 months.');
    }
    return {
      currency,
      asOf: asOf.toISOString(),
      summary: {
        customers: Number(base.customers),
        revenue: major(Number(base.revenue ?? 0), currency),
        averagePredictedClv: fit ? roundMajor(fit.averagePredictedClv, currency) : null,
        medianPredictedClv: fit ? roundMajor(fit.medianPredictedClv, currency) : null,
        dataSpan: {
          from: firstDay === null ? null : dayToDate(firstDay),
          to: asOf.toISOString().slice(0, 10),
          days: spanDays,
        },
      },
      model,
      warnings,
      period,
      cohorts: (await readCohorts(manager, period, asOf, currency)).map((cohort) => ({
        cohort: cohort.cohort,
        customers: cohort.customers,
        revenue: major(cohort.revenueMinor, currency),
        periods: cohort.periods.map((p) => ({
          offset: p.offset,
          period: p.period,
          activeCustomers: p.activeCustomers,
          purchasingShare: p.purchasingShare,
          revenue: major(p.revenueMinor, currency),
          cumulativeRevenuePerCustomer: major(p.cumulativeRevenuePerCustomerMinor, currency),
        })),
      })),
      segments: fit ? await segmentTotals(manager, currency) : [],
      topCustomers: fit ? await this.topCustomers(currency) : [],
    };
  }

  private async topCustomers(currency: string): Promise<TopCustomerView[]> {
    const rows: {
      customer_id: string;
      predicted_clv_minor: string | number;
      expected_purchases: number;
      probability_alive: number;
      segment: Segment | null;
      orders: number;
      revenue_minor: string | number;
    }[] = await this.dataSource.query(
      `SELECT customer_id, predicted_clv_minor, expected_purchases, probability_alive, segment,
              orders, revenue_minor
       FROM ltv_predictions ORDER BY predicted_clv_minor DESC, customer_id LIMIT ${TOP_CUSTOMERS}`,
    );
    return rows.map((row) => ({
      customerId: row.customer_id,
      predictedClv: major(Number(row.predicted_clv_minor), currency),
      expectedPurchases: Number(row.expected_purchases),
      probabilityAlive: Number(row.probability_alive),
      segment: row.segment,
      orders: Number(row.orders),
      revenue: major(Number(row.revenue_minor), currency),
    }));
  }
}
