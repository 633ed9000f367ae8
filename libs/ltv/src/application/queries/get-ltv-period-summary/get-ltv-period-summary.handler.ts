import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LtvTransactionOrmEntity } from '../../../infrastructure/ltv-transaction.orm-entity.js';
import { latestFit } from '../latest-fit.js';
import { major, roundMajor } from '../money-view.js';
import {
  GetLtvPeriodSummaryQuery,
  type LtvPeriodSummaryView,
} from './get-ltv-period-summary.query.js';

@QueryHandler(GetLtvPeriodSummaryQuery)
export class GetLtvPeriodSummaryHandler implements IQueryHandler<GetLtvPeriodSummaryQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ from, to }: GetLtvPeriodSummaryQuery): Promise<LtvPeriodSummaryView> {
    const [rows, fit] = await Promise.all([
      this.dataSource
        .getRepository(LtvTransactionOrmEntity)
        .createQueryBuilder('t')
        .select('t.currency', 'currency')
        .addSelect('COUNT(DISTINCT t.customerId)', 'customers')
        .addSelect('COUNT(*)', 'orders')
        .addSelect('SUM(t.amountMinor)', 'revenue')
        .where("t.status = 'counted'")
        .andWhere('t.occurredAt >= :from AND t.occurredAt < :to', { from, to })
        .groupBy('t.currency')
        .orderBy('t.currency', 'ASC')
        .getRawMany<Record<'currency' | 'customers' | 'orders' | 'revenue', string | number>>(),
      latestFit(this.dataSource.manager),
    ]);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      purchases: rows.map((row) => {
        const currency = String(row.currency);
        const customers = Number(row.customers);
        const orders = Number(row.orders);
        const revenueMinor = Number(row.revenue);
        return {
          currency,
          customers,
          orders,
          revenue: major(revenueMinor, currency),
          averageOrderValue: orders === 0 ? null : major(revenueMinor / orders, currency),
          revenuePerCustomer: customers === 0 ? null : major(revenueMinor / customers, currency),
        };
      }),
      model: fit && {
        asOf: fit.asOf.toISOString(),
        currency: fit.currency,
        averagePredictedClv: roundMajor(fit.averagePredictedClv, fit.currency),
        medianPredictedClv: roundMajor(fit.medianPredictedClv, fit.currency),
      },
    };
  }
}
