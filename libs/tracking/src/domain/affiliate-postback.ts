import { Money } from '@app/kernel';
import type { ConversionStatus } from './conversion-status.js';
import { fillUrlMacros } from './url-macros.js';

/** What an affiliate's postback URL can carry: its own click values and what it earned. */
export interface AffiliatePostbackValues {
  clickId: string;
  conversionId: string;
  /** The advertiser's transaction id; empty when the postback sent none. */
  transactionId: string;
  campaignId: string;
  affiliateId: string;
  subs: readonly [string | null, string | null, string | null, string | null, string | null];
  payoutMinor: number;
  currency: string;
  status: ConversionStatus;
}

/**
 * The URL the platform calls to tell an affiliate of a conversion: its template filled with the
 * macros campaigns accepts in it (POSTBACK_URL_MACROS there). The advertiser's revenue is not
 * offered: affiliates never see it. The payout is in major units with the currency's
 * digits (12.50 USD, 1250 JPY).
 */
export function affiliatePostbackUrl(template: string, values: AffiliatePostbackValues): string {
  const [sub1, sub2, sub3, sub4, sub5] = values.subs;
  const digits = Money.minorDigits(values.currency);
  return fillUrlMacros(template, {
    click_id: values.clickId,
    conversion_id: values.conversionId,
    txid: values.transactionId,
    campaign_id: values.campaignId,
    affiliate_id: values.affiliateId,
    sub1,
    sub2,
    sub3,
    sub4,
    sub5,
    payout: Money.ofMinor(values.payoutMinor, values.currency).toDecimal().toFixed(digits),
    currency: values.currency,
    status: values.status,
  });
}

/**
 * Which conversion news an affiliate hears of: a conversion recorded approved or pending, and
 * every later change of its status (an approval, or a reversal to rejected). A conversion
 * rejected from the start (past the lookback window) never credited the affiliate: no call.
 */
export function notifiesAffiliate(news: 'recorded' | 'status-changed', status: ConversionStatus) {
  return news === 'status-changed' || status !== 'rejected';
}
