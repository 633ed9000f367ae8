import type { TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';
import { isoTime, type StoredClick, storedClicks } from '../support/tracking-rows.js';

/** An approved conversion as stored, with the attributes of the click it converts. */
export interface StoredConversion {
  campaignId: string;
  affiliateId: string | null;
  currency: string;
  revenueMinor: number;
  payoutMinor: number;
  convertedAt: string;
  click: StoredClick;
}

export interface ExpectedRow {
  clicks: number;
  offerClicks: number;
  uniqueClicks: number;
  botClicks: number;
  blockedClicks: number;
  conversions: number;
  /** Minor units per currency. */
  revenue: Record<string, number>;
  cost: Record<string, number>;
}

export async function approvedConversions(
  t: TestApp,
  clicks: StoredClick[],
): Promise<StoredConversion[]> {
  const rows: Record<string, unknown>[] = await t.dataSource.query(
    `SELECT click_id, campaign_id, affiliate_id, currency, revenue_minor, payout_minor, converted_at
     FROM conversions WHERE status = 'approved'`,
  );
  const byId = new Map(clicks.map((click) => [click.id, click]));
  return rows.map((row) => ({
    campaignId: row.campaign_id as string,
    affiliateId: row.affiliate_id as string | null,
    currency: row.currency as string,
    revenueMinor: Number(row.revenue_minor ?? 0),
    payoutMinor: Number(row.payout_minor),
    convertedAt: isoTime(row.converted_at),
    click: byId.get(row.click_id as string)!,
  }));
}

export async function allClicks(t: TestApp, campaignIds: string[]): Promise<StoredClick[]> {
  const lists = await Promise.all(campaignIds.map((campaignId) => storedClicks(t, { campaignId })));
  return lists.flat();
}

type Grouping = 'day' | 'hour' | 'campaign' | 'affiliate' | 'country' | 'device' | 'sub1';

const hourOf = (iso: string) => `${iso.slice(0, 13)}:00:00.000Z`;
const dayOf = (iso: string) => `${iso.slice(0, 10)}T00:00:00.000Z`;

function clickKey(groupBy: Grouping, click: StoredClick, countedAffiliate: string | null) {
  switch (groupBy) {
    case 'day':
      return dayOf(click.clickedAt);
    case 'hour':
      return hourOf(click.clickedAt);
    case 'campaign':
      return click.campaignId;
    case 'affiliate':
      return countedAffiliate;
    case 'country':
      return click.country;
    case 'device':
      return click.deviceType;
    case 'sub1':
      return click.sub1;
  }
}

/**
 * What each group should hold, computed from raw rows alone. Clicks are counted in their own
 * hour; conversions in the hour they were reported, under their click's attributes.
 * `countedAffiliate` maps a click to the affiliate its counters credit (unknown ids: none).
 */
export function expectedRows(
  groupBy: Grouping,
  clicks: StoredClick[],
  conversions: StoredConversion[],
  countedAffiliate: (affiliateId: string | null) => string | null,
): Map<string | null, ExpectedRow> {
  const rows = new Map<string | null, ExpectedRow>();
  const row = (key: string | null) => {
    const found = rows.get(key) ?? emptyRow();
    rows.set(key, found);
    return found;
  };
  for (const click of clicks) {
    const entry = row(clickKey(groupBy, click, countedAffiliate(click.affiliateId)));
    entry.clicks += 1;
    entry.offerClicks += click.destinationKind === 'offer' ? 1 : 0;
    entry.uniqueClicks += click.isUnique ? 1 : 0;
    entry.botClicks += click.isBot ? 1 : 0;
    entry.blockedClicks += click.isBlocked ? 1 : 0;
  }
  for (const conversion of conversions) {
    const key =
      groupBy === 'day'
        ? dayOf(conversion.convertedAt)
        : groupBy === 'hour'
          ? hourOf(conversion.convertedAt)
          : groupBy === 'affiliate'
            ? conversion.affiliateId
            : clickKey(groupBy, conversion.click, conversion.affiliateId);
    const entry = row(key);
    entry.conversions += 1;
    entry.revenue[conversion.currency] =
      (entry.revenue[conversion.currency] ?? 0) + conversion.revenueMinor;
    entry.cost[conversion.currency] =
      (entry.cost[conversion.currency] ?? 0) + conversion.payoutMinor;
  }
  return rows;
}

/** The sum of expected rows: what a report's totals should show. */
export function expectedTotals(rows: Iterable<ExpectedRow>): ExpectedRow {
  let sum = emptyRow();
  for (const row of rows) {
    sum = {
      clicks: sum.clicks + row.clicks,
      offerClicks: sum.offerClicks + row.offerClicks,
      uniqueClicks: sum.uniqueClicks + row.uniqueClicks,
      botClicks: sum.botClicks + row.botClicks,
      blockedClicks: sum.blockedClicks + row.blockedClicks,
      conversions: sum.conversions + row.conversions,
      revenue: mergeMoney(sum.revenue, row.revenue),
      cost: mergeMoney(sum.cost, row.cost),
    };
  }
  return sum;
}

function emptyRow(): ExpectedRow {
  return {
    clicks: 0,
    offerClicks: 0,
    uniqueClicks: 0,
    botClicks: 0,
    blockedClicks: 0,
    conversions: 0,
    revenue: {},
    cost: {},
  };
}

function mergeMoney(a: Record<string, number>, b: Record<string, number>) {
  const sum = { ...a };
  for (const [currency, amount] of Object.entries(b)) sum[currency] = (sum[currency] ?? 0) + amount;
  return sum;
}

export const dialect = testDialect;
