import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../../../../test/support/domain-assertions.js';
import { type BaseCustomer, fitBase } from './recalculation.js';

const HORIZON = { months: 12, monthlyDiscountRate: 0.01 };

/** A base with drop-outs: some customers buy regularly to the end, others stop early. */
function base(): BaseCustomer[] {
  const customers: BaseCustomer[] = [];
  for (let i = 0; i < 200; i += 1) {
    const repeatPurchases = i % 7;
    const ageDays = 200 + (i % 50);
    const recencyDays = repeatPurchases === 0 ? 0 : i % 3 === 0 ? 20 + (i % 10) : ageDays - (i % 5);
    customers.push({
      customerId: `c-${i}`,
      repeatPurchases,
      recencyDays,
      ageDays,
      repeatValueMinor: repeatPurchases * (1000 + (i % 11) * 150),
    });
  }
  return customers;
}

describe('fitBase', () => {
  const fit = fitBase(base(), 2, HORIZON);

  it('predicts every customer, with probabilities in [0, 1] and CLV in whole minor units', () => {
    expect(fit.predictions).toHaveLength(200);
    for (const p of fit.predictions) {
      expect(p.probabilityAlive).toBeGreaterThanOrEqual(0);
      expect(p.probabilityAlive).toBeLessThanOrEqual(1);
      expect(Number.isInteger(p.predictedClvMinor)).toBe(true);
      expect(p.predictedClvMinor).toBeGreaterThanOrEqual(0);
    }
  });

  it('values a customer who kept buying above one who went quiet with the same purchases', () => {
    const quiet = fit.predictions[3]; // i % 3 === 0: stopped after day ~23
    expect(base()[3].repeatPurchases).toBe(3);
    const activeThree = fit.predictions[10]; // 3 repeat purchases, recent
    expect(activeThree.probabilityAlive).toBeGreaterThan(quiet.probabilityAlive);
    expect(activeThree.predictedClvMinor).toBeGreaterThan(quiet.predictedClvMinor);
  });

  it('gives customers with the same history the same forecast', () => {
    const twins = fitBase(
      [...base(), { ...base()[10], customerId: 'twin' }],
      2,
      HORIZON,
    ).predictions;
    const twin = twins.at(-1)!;
    expect(twin.expectedPurchases).toBe(twins[10].expectedPurchases);
    expect(twin.probabilityAlive).toBe(twins[10].probabilityAlive);
  });

  it('refuses a base too small to fit', () => {
    expect(domainErrorOf(() => fitBase(base().slice(0, 5), 2, HORIZON)).code).toBe(
      'LTV.NOT_ENOUGH_DATA',
    );
    const noRepeat = base().map((c) => ({ ...c, repeatPurchases: 0, repeatValueMinor: 0 }));
    expect(domainErrorOf(() => fitBase(noRepeat, 2, HORIZON)).code).toBe('LTV.NOT_ENOUGH_DATA');
  });
});
