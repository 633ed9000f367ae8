import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { DailyActivity } from '../domain/engagement-score.js';

/** Events that are not the customer's own doing: they do not count as activity. */
export const NOT_ACTIVITY = ['message_delivered'];

/**
 * Sums each customer's events per day in SQL (one row per customer and active day), the input
 * of the score and the churn model; the decay itself is applied in the domain.
 */
@Injectable()
export class ActivityReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byCustomer(
    upToDay: number,
    customerId?: string,
    manager?: EntityManager,
  ): Promise<Map<string, DailyActivity[]>> {
    const query = (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .select('e.customer_id', 'customer_id')
      .addSelect('e.occurred_day', 'day')
      .addSelect('COUNT(*)', 'events')
      .addSelect("SUM(CASE WHEN e.type = 'session_start' THEN 1 ELSE 0 END)", 'sessions')
      .addSelect("SUM(CASE WHEN e.type = 'click' THEN 1 ELSE 0 END)", 'clicks')
      .addSelect("SUM(CASE WHEN e.type = 'conversion' THEN 1 ELSE 0 END)", 'conversions')
      .addSelect(
        "SUM(CASE WHEN e.type IN ('session_start', 'session_end') THEN COALESCE(e.duration_seconds, 0) ELSE 0 END)",
        'duration',
      )
      .from('retention_events', 'e')
      .where('e.occurred_day <= :upToDay', { upToDay })
      .andWhere('e.type NOT IN (:...excluded)', { excluded: NOT_ACTIVITY })
      .groupBy('e.customer_id')
      .addGroupBy('e.occurred_day');
    if (customerId !== undefined) query.andWhere('e.customer_id = :customerId', { customerId });
    const rows = await query.getRawMany<Record<string, string | number>>();
    const result = new Map<string, DailyActivity[]>();
    for (const row of rows) {
      const customer = String(row.customer_id);
      const days = result.get(customer) ?? [];
      days.push({
        day: Number(row.day),
        events: Number(row.events),
        sessions: Number(row.sessions),
        clicks: Number(row.clicks),
        conversions: Number(row.conversions),
        durationSeconds: Number(row.duration),
      });
      result.set(customer, days);
    }
    return result;
  }
}
