import { Money } from '@app/kernel';
import {
  type AttributionLedger,
  CREDIT_UNITS,
  type CreditLine,
} from '../../../domain/attribution-ledger.js';
import type { AttributionModel, ModelSettings } from '../../../domain/attribution-model.js';

/** An amount in major units of its currency, as everywhere on the wire. */
export interface MoneyAmountView {
  currency: string;
  amount: number;
}

export interface CreditView {
  /** Credited conversions: fractions of conversions under every model but the click ones. */
  conversions: number;
  /** Credited revenue per currency (no exchange rates: currencies are never added together). */
  revenue: MoneyAmountView[];
}

export interface AffiliateCreditView extends CreditView {
  /** null for clicks that came without an affiliate. */
  affiliateId: string | null;
}

export interface CampaignCreditView extends CreditView {
  campaignId: string;
  byAffiliate: AffiliateCreditView[];
}

export interface AttributionReportView {
  model: AttributionModel;
  /** The half-life applied; null under models other than time_decay. */
  halfLifeHours: number | null;
  lookbackDays: number;
  from: string;
  to: string;
  totals: CreditView;
  byCampaign: CampaignCreditView[];
  byAffiliate: AffiliateCreditView[];
}

interface Credit {
  units: number;
  revenue: Map<string, number>;
}

export function toAttributionReportView(
  ledger: AttributionLedger,
  settings: ModelSettings,
  period: { from: Date; to: Date; lookbackDays: number },
): AttributionReportView {
  const lines = ledger.creditLines();
  const campaigns = groupBy(lines, (line) => line.campaignId);
  const affiliates = groupBy(lines, (line) => line.affiliateId ?? '');
  const affiliateView = (affiliateId: string, group: CreditLine[]): AffiliateCreditView => ({
    affiliateId: affiliateId === '' ? null : affiliateId,
    ...creditView(sum(group)),
  });
  return {
    model: settings.model,
    halfLifeHours: settings.model === 'time_decay' ? settings.halfLifeHours : null,
    lookbackDays: period.lookbackDays,
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    totals: creditView({ units: ledger.conversions() * CREDIT_UNITS, revenue: ledger.revenue() }),
    byCampaign: bestFirst(
      [...campaigns].map(([campaignId, group]) => ({
        campaignId,
        ...creditView(sum(group)),
        byAffiliate: bestFirst(
          [...groupBy(group, (line) => line.affiliateId ?? '')].map(([id, byAffiliate]) =>
            affiliateView(id, byAffiliate),
          ),
        ),
      })),
    ),
    byAffiliate: bestFirst([...affiliates].map(([id, group]) => affiliateView(id, group))),
  };
}

function sum(lines: CreditLine[]): Credit {
  const revenue = new Map<string, number>();
  let units = 0;
  for (const line of lines) {
    units += line.creditUnits;
    revenue.set(line.currency, (revenue.get(line.currency) ?? 0) + line.revenueMinor);
  }
  return { units, revenue };
}

function creditView({ units, revenue }: Credit): CreditView {
  return {
    conversions: units / CREDIT_UNITS,
    revenue: [...revenue]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, minor]) => ({
        currency,
        amount: Money.ofMinor(minor, currency).toDecimal(),
      })),
  };
}

/** Most credited conversions first; ties in a stable order (the ledger's: by id). */
function bestFirst<T extends CreditView>(views: T[]): T[] {
  return views.sort((a, b) => b.conversions - a.conversions);
}

function groupBy(
  lines: CreditLine[],
  key: (line: CreditLine) => string,
): Map<string, CreditLine[]> {
  const groups = new Map<string, CreditLine[]>();
  for (const line of lines) {
    const group = groups.get(key(line)) ?? [];
    group.push(line);
    groups.set(key(line), group);
  }
  return groups;
}
