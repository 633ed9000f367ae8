import { describe, expect, it } from 'vitest';
import { conversionVerdict, isFraudulentClick } from './conversion-verdict.js';

const offer = { isBot: false, isBlocked: false, destinationKind: 'offer' };
const bot = { isBot: true, isBlocked: false, destinationKind: 'safe_page' };
const overBudget = { isBot: false, isBlocked: false, destinationKind: 'safe_page' };
const late = { status: 'rejected', reason: 'outside_lookback_window' } as const;

describe('conversionVerdict', () => {
  it('believes the advertiser for a click that reached the offer in time', () => {
    for (const status of ['approved', 'pending', 'rejected'] as const) {
      expect(conversionVerdict(status, offer, 'reject', null)).toEqual({ status, reason: null });
    }
  });

  it('rejects every conversion of a safe-page click when the campaign says reject', () => {
    expect(isFraudulentClick(overBudget)).toBe(true);
    for (const click of [bot, overBudget]) {
      expect(conversionVerdict('approved', click, 'reject', null)).toEqual({
        status: 'rejected',
        reason: 'fraudulent_click',
      });
    }
  });

  it('holds it for review instead of approving it when the campaign says review', () => {
    expect(conversionVerdict('approved', bot, 'review', null)).toEqual({
      status: 'pending',
      reason: 'fraudulent_click',
    });
    expect(conversionVerdict('rejected', bot, 'review', null).status).toBe('rejected');
  });

  it('rejects a late conversion, naming fraud first when the campaign rejects fraud', () => {
    expect(conversionVerdict('approved', offer, 'reject', late)).toEqual(late);
    expect(conversionVerdict('approved', bot, 'review', late)).toEqual(late);
    expect(conversionVerdict('approved', bot, 'reject', late).reason).toBe('fraudulent_click');
  });
});
