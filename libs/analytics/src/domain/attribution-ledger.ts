import { type ModelSettings, touchShares } from './attribution-model.js';
import type { AttributableConversion, Touch } from './customer-touchpoints.js';
import { splitExactly } from './split-exactly.js';

/** Credit is counted in millionths of a conversion, so shares add up exactly. */
export const CREDIT_UNITS = 1_000_000;

/** What one campaign and affiliate earned: credit in millionths, revenue in minor units. */
export interface CreditLine {
  campaignId: string;
  affiliateId: string | null;
  currency: string;
  creditUnits: number;
  revenueMinor: number;
}

/**
 * Adds up the credit of conversions under one model, per (campaign, affiliate, currency).
 * Each conversion hands out exactly one conversion and exactly its revenue, so the lines always
 * add up to the period's conversions and revenue, per currency.
 */
export class AttributionLedger {
  private readonly lines = new Map<string, CreditLine>();
  private conversionCount = 0;
  private readonly revenueByCurrency = new Map<string, number>();

  constructor(private readonly settings: ModelSettings) {}

  credit(conversion: AttributableConversion, touches: readonly Touch[]): void {
    const at = conversion.convertedAt.getTime();
    const shares = touchShares(
      this.settings,
      touches.map((touch) => at - touch.clickedAt.getTime()),
    );
    const credit = splitExactly(CREDIT_UNITS, shares);
    const revenue = splitExactly(conversion.revenueMinor, shares);
    touches.forEach((touch, i) => {
      if (credit[i] === 0 && revenue[i] === 0) return;
      const line = this.lineOf(touch, conversion.currency);
      line.creditUnits += credit[i];
      line.revenueMinor += revenue[i];
    });
    this.conversionCount += 1;
    this.revenueByCurrency.set(
      conversion.currency,
      (this.revenueByCurrency.get(conversion.currency) ?? 0) + conversion.revenueMinor,
    );
  }

  /** Lines with any credit, sorted by campaign, affiliate (none last) and currency. */
  creditLines(): CreditLine[] {
    return [...this.lines.values()].sort(
      (a, b) =>
        compare(a.campaignId, b.campaignId) ||
        compare(a.affiliateId ?? '\uffff', b.affiliateId ?? '\uffff') ||
        compare(a.currency, b.currency),
    );
  }

  conversions(): number {
    return this.conversionCount;
  }

  /** The credited conversions' revenue per currency, in minor units. */
  revenue(): Map<string, number> {
    return new Map([...this.revenueByCurrency].sort(([a], [b]) => compare(a, b)));
  }

  private lineOf(touch: Touch, currency: string): CreditLine {
    const key = `${touch.campaignId}|${touch.affiliateId ?? ''}|${currency}`;
    let line = this.lines.get(key);
    if (!line) {
      line = {
        campaignId: touch.campaignId,
        affiliateId: touch.affiliateId,
        currency,
        creditUnits: 0,
        revenueMinor: 0,
      };
      this.lines.set(key, line);
    }
    return line;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
