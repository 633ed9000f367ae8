import type { EntityManager } from 'typeorm';
import { NOT_ACTIVITY } from './activity-reader.js';

const CHUNK = 500;

/**
 * Of the given customers, which were active on some day in (fromDay, fromDay + windowDays]:
 * returns the active days of each after `afterDay`, read in chunks of customer ids.
 */
export async function activeDaysAfter(
  manager: EntityManager,
  customerIds: readonly string[],
  afterDay: number,
): Promise<Map<string, number[]>> {
  const result = new Map<string, number[]>();
  const unique = [...new Set(customerIds)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await manager
      .createQueryBuilder()
      .select('DISTINCT e.customer_id', 'customer_id')
      .addSelect('e.occurred_day', 'day')
      .from('retention_events', 'e')
      .where('e.customer_id IN (:...ids)', { ids: unique.slice(i, i + CHUNK) })
      .andWhere('e.occurred_day > :afterDay', { afterDay })
      .andWhere('e.type NOT IN (:...excluded)', { excluded: NOT_ACTIVITY })
      .getRawMany<{ customer_id: string; day: number | string }>();
    for (const row of rows) {
      const days = result.get(row.customer_id) ?? [];
      days.push(Number(row.day));
      result.set(row.customer_id, days);
    }
  }
  return result;
}
