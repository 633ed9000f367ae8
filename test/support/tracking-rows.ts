import type { PerformanceCounters } from '../../libs/tracking/src/application/queries/get-campaign-performance/campaign-performance.view.js';
import type { TestApp } from './test-app.js';
import { testDialect } from './test-database.js';

/** One row of `clicks`, the same on both databases. */
export interface StoredClick {
  id: string;
  clickedAt: string;
  campaignId: string;
  affiliateId: string | null;
  sub1: string | null;
  sub2: string | null;
  sub3: string | null;
  sub4: string | null;
  sub5: string | null;
  externalId: string | null;
  ip: string;
  userAgent: string;
  referrer: string | null;
  country: string | null;
  deviceType: string | null;
  os: string | null;
  browser: string | null;
  isBot: boolean;
  isBlocked: boolean;
  isUnique: boolean;
  reasons: string[];
  destinationKind: string;
  destination: string;
}

/**
 * One row of `hourly_stats`, counters as numbers: the click and money counters these specs
 * sum (fraudulent conversions are read through the performance API).
 */
export interface HourlyStat extends Omit<PerformanceCounters, 'fraudulentConversions'> {
  hour: string;
  campaignId: string;
  affiliateId: string;
}

const placeholder = (position: number) => (testDialect() === 'postgres' ? `$${position}` : '?');

/** A timestamp as ISO text: PostgreSQL returns Dates, SQLite its UTC text `YYYY-MM-DD HH:MM:SS.SSS`. */
export function isoTime(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(`${String(value).replace(' ', 'T')}Z`).toISOString();
}

/** SQLite answers 0/1, PostgreSQL true/false. */
const bool = (value: unknown) => value === true || value === 1 || value === '1';

/** The clicks of one campaign (or the one click with `id`), oldest first. */
export async function storedClicks(
  t: TestApp,
  where: { campaignId?: string; id?: string },
): Promise<StoredClick[]> {
  const [column, value] = where.id ? ['id', where.id] : ['campaign_id', where.campaignId];
  // SQLite keeps jsonb as a binary blob that json() reads back as text.
  const reasons = testDialect() === 'sqlite' ? 'json(reasons) AS reasons' : 'reasons';
  const rows: Record<string, unknown>[] = await t.dataSource.query(
    `SELECT id, clicked_at, campaign_id, affiliate_id, sub1, sub2, sub3, sub4, sub5, external_id,
            ip, user_agent, referrer, country, device_type, os, browser,
            is_bot, is_blocked, is_unique, ${reasons}, destination_kind, destination
     FROM clicks WHERE ${column} = ${placeholder(1)} ORDER BY clicked_at, id`,
    [value],
  );
  return rows.map((row) => ({
    id: row.id as string,
    clickedAt: isoTime(row.clicked_at),
    campaignId: row.campaign_id as string,
    affiliateId: row.affiliate_id as string | null,
    sub1: row.sub1 as string | null,
    sub2: row.sub2 as string | null,
    sub3: row.sub3 as string | null,
    sub4: row.sub4 as string | null,
    sub5: row.sub5 as string | null,
    externalId: row.external_id as string | null,
    ip: row.ip as string,
    userAgent: row.user_agent as string,
    referrer: row.referrer as string | null,
    country: row.country as string | null,
    deviceType: row.device_type as string | null,
    os: row.os as string | null,
    browser: row.browser as string | null,
    isBot: bool(row.is_bot),
    isBlocked: bool(row.is_blocked),
    isUnique: bool(row.is_unique),
    reasons: (typeof row.reasons === 'string' ? JSON.parse(row.reasons) : row.reasons) as string[],
    destinationKind: row.destination_kind as string,
    destination: row.destination as string,
  }));
}

/** The one stored click with this id (throws when there is not exactly one). */
export async function storedClick(t: TestApp, id: string): Promise<StoredClick> {
  const rows = await storedClicks(t, { id });
  if (rows.length !== 1) throw new Error(`Expected one click ${id}, found ${rows.length}.`);
  return rows[0];
}

/** How many click rows there are in all. */
export async function clickCount(t: TestApp): Promise<number> {
  const [row] = await t.dataSource.query('SELECT COUNT(*) AS n FROM clicks');
  return Number(row.n);
}

/** The hourly counters of one campaign, by hour then affiliate. */
export async function hourlyStats(t: TestApp, campaignId: string): Promise<HourlyStat[]> {
  const rows: Record<string, unknown>[] = await t.dataSource.query(
    `SELECT hour, campaign_id, affiliate_id, impressions, clicks, offer_clicks, unique_clicks,
            bot_clicks, blocked_clicks, conversions, converted_clicks, revenue_minor, payout_minor
     FROM hourly_stats WHERE campaign_id = ${placeholder(1)} ORDER BY hour, affiliate_id`,
    [campaignId],
  );
  // bigint counters come back as strings on PostgreSQL.
  return rows.map((row) => ({
    hour: isoTime(row.hour),
    campaignId: row.campaign_id as string,
    affiliateId: row.affiliate_id as string,
    impressions: Number(row.impressions),
    clicks: Number(row.clicks),
    offerClicks: Number(row.offer_clicks),
    uniqueClicks: Number(row.unique_clicks),
    botClicks: Number(row.bot_clicks),
    blockedClicks: Number(row.blocked_clicks),
    conversions: Number(row.conversions),
    convertedClicks: Number(row.converted_clicks),
    revenueMinor: Number(row.revenue_minor),
    payoutMinor: Number(row.payout_minor),
  }));
}

export type ClickCounters = Pick<
  HourlyStat,
  'clicks' | 'offerClicks' | 'uniqueClicks' | 'botClicks' | 'blockedClicks'
>;

/** Sums of hourly counters per affiliate ('' for none), over every hour. */
export function sumByAffiliate(
  stats: HourlyStat[],
): Record<string, ClickCounters & { impressions: number }> {
  const sums: Record<string, ClickCounters & { impressions: number }> = {};
  for (const stat of stats) {
    const sum = (sums[stat.affiliateId] ??= {
      clicks: 0,
      offerClicks: 0,
      uniqueClicks: 0,
      botClicks: 0,
      blockedClicks: 0,
      impressions: 0,
    });
    sum.clicks += stat.clicks;
    sum.offerClicks += stat.offerClicks;
    sum.uniqueClicks += stat.uniqueClicks;
    sum.botClicks += stat.botClicks;
    sum.blockedClicks += stat.blockedClicks;
    sum.impressions += stat.impressions;
  }
  return sums;
}

/** The same counters computed from raw click rows, per affiliate ('' for none). */
export function countByAffiliate(clicks: StoredClick[]): Record<string, ClickCounters> {
  const counts: Record<string, ClickCounters> = {};
  for (const click of clicks) {
    // A click whose affiliate id names no affiliate is counted without one (rollup key '').
    const credited = click.reasons.includes('affiliate_unknown') ? '' : (click.affiliateId ?? '');
    const count = (counts[credited] ??= {
      clicks: 0,
      offerClicks: 0,
      uniqueClicks: 0,
      botClicks: 0,
      blockedClicks: 0,
    });
    count.clicks += 1;
    count.offerClicks += click.destinationKind === 'offer' ? 1 : 0;
    count.uniqueClicks += click.isUnique ? 1 : 0;
    count.botClicks += click.isBot ? 1 : 0;
    count.blockedClicks += click.isBlocked ? 1 : 0;
  }
  return counts;
}
