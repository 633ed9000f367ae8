import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../../../test/support/domain-assertions.js';
import { clickPayout, conversionPayout, conversionStatusForAge } from './conversion-payout.js';
import type { PayoutModel, PayoutPolicy, TrackedPayout } from './tracked-campaign.js';
import { TrackingErrorCode } from './tracking.errors.js';

const payout = (
  model: PayoutModel,
  amountUnits: number,
  policy: PayoutPolicy = model === 'REVSHARE' ? 'revenue_share' : 'fixed',
  maxUnits: number | null = null,
): TrackedPayout => ({ model, amountUnits, currency: 'USD', policy, maxUnits });
const noAmounts = { revenueMinor: null, payoutMinor: null };

describe('conversionPayout', () => {
  it.each(['CPA', 'CPL', 'CPS'] as const)('pays the fixed amount of a %s campaign', (model) => {
    expect(conversionPayout(payout(model, 1250), noAmounts)).toBe(1250);
    expect(conversionPayout(payout(model, 1250), { revenueMinor: 99_999, payoutMinor: null })).toBe(
      1250,
    );
  });

  it('ignores a payout stated on the postback under fixed and revenue_share', () => {
    const claim = { revenueMinor: 10_000, payoutMinor: 100_000_000_000 };
    expect(conversionPayout(payout('CPA', 1250), claim)).toBe(1250);
    expect(conversionPayout(payout('REVSHARE', 3000), claim)).toBe(3000);
    expect(conversionPayout(payout('CPC', 50), claim)).toBe(0);
  });

  it('takes a from_postback payout up to the cap, and the campaign amount without one', () => {
    const fromPostback = payout('CPA', 1000, 'from_postback', 4000);
    expect(conversionPayout(fromPostback, { revenueMinor: null, payoutMinor: 2550 })).toBe(2550);
    expect(conversionPayout(fromPostback, { revenueMinor: null, payoutMinor: 4001 })).toBe(4000);
    expect(conversionPayout(fromPostback, { revenueMinor: null, payoutMinor: 0 })).toBe(0);
    expect(conversionPayout(fromPostback, noAmounts)).toBe(1000);
  });

  it('pays REVSHARE its share of the revenue: 30 % of 99.99 USD is 29.99 USD', () => {
    // 9999 * 3000 / 10000 = 2999.7, rounded down.
    expect(
      conversionPayout(payout('REVSHARE', 3000), { revenueMinor: 9999, payoutMinor: null }),
    ).toBe(2999);
    expect(
      conversionPayout(payout('REVSHARE', 10_000), { revenueMinor: 4321, payoutMinor: null }),
    ).toBe(4321);
    expect(conversionPayout(payout('REVSHARE', 1), { revenueMinor: 9999, payoutMinor: null })).toBe(
      0,
    );
  });

  it('never pays REVSHARE a fraction more than earned, even on a refund', () => {
    // -1000 * 1250 / 10000 = -125 exactly; -999 * 1250 / 10000 = -124.875 -> -125.
    expect(
      conversionPayout(payout('REVSHARE', 1250), { revenueMinor: -1000, payoutMinor: null }),
    ).toBe(-125);
    expect(
      conversionPayout(payout('REVSHARE', 1250), { revenueMinor: -999, payoutMinor: null }),
    ).toBe(-125);
  });

  it('computes REVSHARE exactly on revenues whose product passes 2^53', () => {
    const revenueMinor = Number.MAX_SAFE_INTEGER;
    // As floats, MAX_SAFE_INTEGER * 10000 / 10000 comes out one short.
    expect(conversionPayout(payout('REVSHARE', 10_000), { revenueMinor, payoutMinor: null })).toBe(
      Number.MAX_SAFE_INTEGER,
    );
    expect(conversionPayout(payout('REVSHARE', 3333), { revenueMinor, payoutMinor: null })).toBe(
      3002099511605172, // floor(9007199254740991 * 3333 / 10000) = floor(...605172.5)
    );
  });

  it('pays REVSHARE nothing when the revenue is unknown', () => {
    expect(conversionPayout(payout('REVSHARE', 3000), noAmounts)).toBe(0);
  });

  it('pays nothing per conversion on a CPC campaign, which pays per click', () => {
    expect(conversionPayout(payout('CPC', 50), { revenueMinor: 10_000, payoutMinor: null })).toBe(
      0,
    );
  });

  it('refuses amounts in another currency than the payout currency', () => {
    const error = domainErrorOf(() =>
      conversionPayout(payout('CPA', 1250), { ...noAmounts, currency: 'EUR' }),
    );
    expect(error.code).toBe(TrackingErrorCode.CurrencyMismatch);
    expect(conversionPayout(payout('CPA', 1250), { ...noAmounts, currency: 'usd' })).toBe(1250);
  });
});

describe('clickPayout', () => {
  const paid = { unique: true, isBot: false, isBlocked: false, destination: 'offer' } as const;

  it('pays a CPC campaign its amount for a unique click of a person sent to the offer', () => {
    expect(clickPayout(payout('CPC', 50), paid)).toBe(50);
  });

  it.each([
    ['a duplicate click', { unique: false }],
    ['a bot', { isBot: true }],
    ['blocked traffic', { isBlocked: true }],
    ['a click sent to the safe page', { destination: 'safe_page' as const }],
  ])('pays nothing for %s', (_name, change) => {
    expect(clickPayout(payout('CPC', 50), { ...paid, ...change })).toBe(0);
  });

  it.each(['CPA', 'CPL', 'CPS', 'REVSHARE'] as const)('pays nothing per click on %s', (model) => {
    expect(clickPayout(payout(model, 50), paid)).toBe(0);
  });
});

describe('conversionStatusForAge', () => {
  const clickedAt = new Date('2026-11-01T10:00:00Z');
  const after = (ms: number) => new Date(clickedAt.getTime() + ms);
  const DAY = 86_400_000;

  it('accepts a conversion up to exactly 30 days after the click', () => {
    expect(conversionStatusForAge(clickedAt, after(0))).toBeNull();
    expect(conversionStatusForAge(clickedAt, after(30 * DAY))).toBeNull();
  });

  it('rejects a conversion later than the lookback window, with the reason', () => {
    expect(conversionStatusForAge(clickedAt, after(30 * DAY + 1))).toEqual({
      status: 'rejected',
      reason: 'outside_lookback_window',
    });
  });

  it('uses the lookback window it is given', () => {
    expect(conversionStatusForAge(clickedAt, after(7 * DAY + 1), 7)).not.toBeNull();
    expect(conversionStatusForAge(clickedAt, after(45 * DAY), 60)).toBeNull();
  });

  it('does not reject a conversion stamped slightly before its click', () => {
    expect(conversionStatusForAge(clickedAt, after(-500))).toBeNull();
  });
});
