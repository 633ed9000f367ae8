import type { TrafficGrouping } from './traffic-stats.view.js';

/**
 * The SQL expression a grouping sums by. Times become UTC text of the same shape on both
 * databases (SQLite stores them as `YYYY-MM-DD HH:MM:SS.SSS` text already).
 */
export function groupSql(groupBy: TrafficGrouping, postgres: boolean): string {
  switch (groupBy) {
    case 'day':
      return postgres
        ? `to_char(stat.hour AT TIME ZONE 'UTC', 'YYYY-MM-DD')`
        : 'substr(stat.hour, 1, 10)';
    case 'hour':
      return postgres
        ? `to_char(stat.hour AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24')`
        : 'substr(stat.hour, 1, 13)';
    case 'campaign':
      return 'stat.campaign_id';
    case 'affiliate':
      return 'stat.affiliate_id';
    case 'country':
    case 'device':
    case 'sub1':
      return 'stat.value';
  }
}

/** The group's key as the API shows it: an ISO instant for times; null for '' (none). */
export function groupKeyOf(groupBy: TrafficGrouping, raw: unknown): string | null {
  const text = String(raw ?? '');
  if (groupBy === 'day') return `${text}T00:00:00.000Z`;
  if (groupBy === 'hour') return `${text.replace(' ', 'T')}:00:00.000Z`;
  return text === '' ? null : text;
}
