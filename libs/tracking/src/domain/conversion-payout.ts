import type { ClickDecision } from './click-decision.js';
import type { TrackedPayout } from './tracked-campaign.js';
import { currencyMismatch } from './tracking.errors.js';

const DAY_MS = 86_400_000;
const BASIS_POINTS = 10_000n;

export interface ConversionAmounts {
  revenueMinor: number | null;
  /** A payout the postback states; what it is worth depends on the campaign's policy. */
  payoutMinor: number | null;
  /** The currency the amounts are in; when given, it must be the campaign's payout currency. */
  currency?: string | null;
}

/**
 * What the affiliate earns for one conversion, in minor units of the payout currency, by the
 * campaign's policy. A postback is the advertiser's word, not the network's terms, so its
 * payout counts only under from_postback, and never above the campaign's cap: the network,
 * not whoever holds a postback credential, decides what it pays. Under fixed and
 * revenue_share it is only recorded (reportedPayout), for reconciling with the advertiser.
 */
export function conversionPayout(payout: TrackedPayout, amounts: ConversionAmounts): number {
  const currency = amounts.currency?.toUpperCase();
  if (currency && currency !== payout.currency) throw currencyMismatch(payout.currency, currency);
  const reported = amounts.payoutMinor;
  if (payout.policy === 'from_postback' && reported !== null && reported !== undefined) {
    return Math.min(reported, payout.maxUnits ?? payout.amountUnits);
  }
  return termsPayout(payout, amounts.revenueMinor);
}

/**
 * The campaign's own rule: a fixed amount for CPA, CPL and CPS, a share of the revenue for
 * REVSHARE, nothing for CPC (which pays per click, see clickPayout).
 */
function termsPayout(payout: TrackedPayout, revenueMinor: number | null): number {
  switch (payout.model) {
    case 'CPA':
    case 'CPL':
    case 'CPS':
      return payout.amountUnits;
    case 'REVSHARE':
      return revenueShare(revenueMinor, payout.amountUnits);
    case 'CPC':
      return 0;
  }
}

/**
 * What a CPC campaign pays for one click: its amount for a unique click of a person that went
 * to the offer; nothing for duplicates, bots, blocked traffic or clicks the campaign could not
 * take. Other models pay per conversion, so nothing per click.
 */
export function clickPayout(
  payout: TrackedPayout,
  click: Pick<ClickDecision, 'destination' | 'isBot' | 'isBlocked'> & { unique: boolean },
): number {
  const pays =
    payout.model === 'CPC' &&
    click.unique &&
    !click.isBot &&
    !click.isBlocked &&
    click.destination === 'offer';
  return pays ? payout.amountUnits : 0;
}

export interface ConversionRejection {
  status: 'rejected';
  reason: 'outside_lookback_window';
}

/**
 * A conversion that comes more than `lookbackDays` after its click is rejected: the click is
 * too old to have caused it. Exactly at the limit still counts. A conversion stamped slightly
 * before its click (clocks of two servers) is not rejected for it.
 */
export function conversionStatusForAge(
  clickedAt: Date,
  convertedAt: Date,
  lookbackDays = 30,
): ConversionRejection | null {
  const age = convertedAt.getTime() - clickedAt.getTime();
  return age > lookbackDays * DAY_MS
    ? { status: 'rejected', reason: 'outside_lookback_window' }
    : null;
}

/**
 * `basisPoints` / 10 000 of the revenue, rounded down (toward minus infinity): an affiliate is
 * never paid a fraction of a minor unit more than was earned. Computed on BigInt so that large
 * revenues times basis points cannot lose precision. Unknown revenue pays nothing.
 */
function revenueShare(revenueMinor: number | null, basisPoints: number): number {
  if (revenueMinor === null || revenueMinor === undefined) return 0;
  if (!Number.isSafeInteger(revenueMinor) || !Number.isSafeInteger(basisPoints)) {
    throw new RangeError('Revenue and basis points must be whole numbers.');
  }
  const product = BigInt(revenueMinor) * BigInt(basisPoints);
  let share = product / BASIS_POINTS;
  if (product < 0n && share * BASIS_POINTS !== product) share -= 1n;
  return Number(share);
}
