import { describe, expect, it } from 'vitest';
import { type BgNbdParams, probabilityNoPurchase } from '../models/bg-nbd.js';
import { mbgNbdProbabilityNoPurchase } from '../models/mbg-nbd.js';
import { noPurchaseByExpectation } from '../models/no-purchase.js';
import { forecastHistories, historyPoint } from './purchase-forecasts.js';

const PARAMS: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const MBG: BgNbdParams = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
const AS_OF = 10_000;

describe('a purchase history as the model sees it', () => {
  it('counts repeat days, recency from the first to the last day and age to asOfDay, in weeks', () => {
    expect(historyPoint([9_965, 9_972, 9_986], AS_OF)).toEqual({ x: 2, tX: 3, T: 5, count: 1 });
    expect(historyPoint([AS_OF], AS_OF)).toEqual({ x: 0, tX: 0, T: 0, count: 1 });
  });
});

describe('the forecasts of purchase histories', () => {
  const histories = [
    { customerId: 'steady', purchaseDays: [9_800, 9_850, 9_990] },
    { customerId: 'once', purchaseDays: [9_900] },
    { customerId: 'twin', purchaseDays: [9_800, 9_850, 9_990] },
  ];

  it('gives each customer the chosen estimate, the exact ones beside it, in order', () => {
    const outcome = forecastHistories(histories, PARAMS, MBG, AS_OF, 91);
    expect(outcome.reason).toBeNull();
    const point = historyPoint(histories[0].purchaseDays, AS_OF);
    const chosen = noPurchaseByExpectation(PARAMS, 13, point);
    expect(outcome.forecasts?.[0]).toEqual({
      expectedPurchases: chosen.expectedPurchases,
      probabilityAlive: expect.any(Number),
      probabilityNoPurchase: chosen.probabilityNoPurchase,
      bgNbdExact: probabilityNoPurchase(PARAMS, 13, point),
      mbgNbdExact: mbgNbdProbabilityNoPurchase(MBG, 13, point),
      // The what-if histories: last purchase today, and a first purchase today.
      ifBoughtToday: noPurchaseByExpectation(PARAMS, 13, { x: point.x, tX: point.T, T: point.T })
        .probabilityNoPurchase,
      asNewBuyer: noPurchaseByExpectation(PARAMS, 13, { x: 0, tX: 0, T: 0 }).probabilityNoPurchase,
    });
    expect(outcome.forecasts?.[2]).toEqual(outcome.forecasts?.[0]);
    expect(outcome.forecasts?.[1].probabilityAlive).toBe(1);
  });

  it('leaves the MBG/NBD figure out when no converged MBG/NBD was given', () => {
    const outcome = forecastHistories(histories, PARAMS, null, AS_OF, 91);
    expect(outcome.forecasts?.every((f) => f.mbgNbdExact === null)).toBe(true);
  });

  it('keeps every probability in [0, 1], over a long horizon too', () => {
    const outcome = forecastHistories(histories, PARAMS, MBG, AS_OF, 3_650);
    for (const f of outcome.forecasts ?? []) {
      for (const p of [f.probabilityAlive, f.probabilityNoPurchase, f.bgNbdExact, f.mbgNbdExact!]) {
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }
    }
  });

  it('withdraws every forecast, with the reason, when the parameters give no number (a = 1)', () => {
    const outcome = forecastHistories(histories, { ...PARAMS, a: 1 }, null, AS_OF, 91);
    expect(outcome.forecasts).toBeNull();
    expect(outcome.reason).toMatch(/gives no finite forecast for customer steady/);
  });
});
