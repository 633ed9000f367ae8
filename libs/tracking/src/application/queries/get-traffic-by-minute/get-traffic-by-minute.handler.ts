import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { Money } from '@app/kernel';
import { utcMinuteSql } from '@app/platform';
import { DataSource } from 'typeorm';
import { CONVERSION_STATUSES, countsInStats } from '../../../domain/conversion-status.js';
import { ClickOrmEntity } from '../../../infrastructure/click.orm-entity.js';
import { ConversionOrmEntity } from '../../../infrastructure/conversion.orm-entity.js';
import { GetTrafficByMinuteQuery, type TrafficMinuteView } from './get-traffic-by-minute.query.js';

const MAX_SPAN_MS = 24 * 3_600_000;

@QueryHandler(GetTrafficByMinuteQuery)
export class GetTrafficByMinuteHandler implements IQueryHandler<GetTrafficByMinuteQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ from, to }: GetTrafficByMinuteQuery): Promise<TrafficMinuteView[]> {
    if (!(to.getTime() > from.getTime()) || to.getTime() - from.getTime() > MAX_SPAN_MS)
      throw new RangeError('GetTrafficByMinuteQuery reads at most a day, from before to');
    const clickMinute = utcMinuteSql(this.dataSource, 'click.clicked_at');
    const conversionMinute = utcMinuteSql(this.dataSource, 'conversion.converted_at');
    const [clicks, conversions] = await Promise.all([
      this.dataSource
        .getRepository(ClickOrmEntity)
        .createQueryBuilder('click')
        .select(clickMinute, 'minute')
        .addSelect('COUNT(*)', 'clicks')
        .where('click.clickedAt >= :from AND click.clickedAt < :to', { from, to })
        .groupBy(clickMinute)
        .getRawMany<{ minute: string; clicks: string | number }>(),
      this.dataSource
        .getRepository(ConversionOrmEntity)
        .createQueryBuilder('conversion')
        .select(conversionMinute, 'minute')
        .addSelect('conversion.currency', 'currency')
        .addSelect('COUNT(*)', 'conversions')
        .addSelect('SUM(COALESCE(conversion.revenueMinor, 0))', 'revenue')
        .where('conversion.convertedAt >= :from AND conversion.convertedAt < :to', { from, to })
        .andWhere('conversion.status IN (:...counted)', {
          counted: CONVERSION_STATUSES.filter(countsInStats),
        })
        .groupBy(conversionMinute)
        .addGroupBy('conversion.currency')
        .getRawMany<{
          minute: string;
          currency: string;
          conversions: string | number;
          revenue: string | number;
        }>(),
    ]);
    const minutes = new Map<string, TrafficMinuteView>();
    const minuteOf = (text: string) => {
      const minute = `${text.replace(' ', 'T')}:00.000Z`;
      const view = minutes.get(minute) ?? { minute, clicks: 0, conversions: 0, revenue: [] };
      minutes.set(minute, view);
      return view;
    };
    for (const row of clicks) minuteOf(row.minute).clicks += Number(row.clicks);
    for (const row of conversions) {
      const view = minuteOf(row.minute);
      view.conversions += Number(row.conversions);
      view.revenue.push({
        currency: row.currency,
        amount: Money.ofMinor(Number(row.revenue), row.currency).toDecimal(),
      });
    }
    const views = [...minutes.values()].sort((a, b) => a.minute.localeCompare(b.minute));
    for (const view of views) view.revenue.sort((a, b) => a.currency.localeCompare(b.currency));
    return views;
  }
}
