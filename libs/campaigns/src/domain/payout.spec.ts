import { describe, expect, it } from 'vitest';
import { fieldsRefused } from '../../../../test/support/domain-assertions.js';
import type { PayoutModel } from './payout-model.js';
import { Payout, type PayoutInput } from './payout.js';

const payout = (model: string, amount: number, currency = 'USD') =>
  Payout.parse({ model, amount, currency } as PayoutInput);

describe('Payout with a fixed amount', () => {
  it.each(['CPA', 'CPL', 'CPS', 'CPC'] as PayoutModel[])(
    'pays a %s amount held exactly in minor units',
    (model) => {
      const parsed = payout(model, 12.5);
      expect(parsed.model).toBe(model);
      expect(parsed.amountUnits).toBe(1250);
      expect(parsed.currency).toBe('USD');
      expect(parsed.amount).toBe(12.5);
    },
  );

  it('normalises the currency to upper case', () => {
    expect(payout('CPA', 3, 'eur').currency).toBe('EUR');
  });

  it('keeps the currency decimals: 1234.567 BHD and 1500 JPY', () => {
    expect(payout('CPS', 1234.567, 'BHD')).toMatchObject({
      amountUnits: 1234567,
      amount: 1234.567,
    });
    expect(payout('CPL', 1500, 'JPY')).toMatchObject({ amountUnits: 1500, amount: 1500 });
  });

  it('refuses a zero or negative amount', () => {
    expect(fieldsRefused(() => payout('CPA', 0))).toEqual(['payout.amount']);
    expect(fieldsRefused(() => payout('CPA', -5))).toEqual(['payout.amount']);
  });

  it('refuses more decimals than the currency has', () => {
    expect(fieldsRefused(() => payout('CPA', 12.345))).toEqual(['payout.amount']);
    expect(fieldsRefused(() => payout('CPA', 10.5, 'JPY'))).toEqual(['payout.amount']);
    expect(fieldsRefused(() => payout('CPA', 0.1 + 0.2))).toEqual(['payout.amount']);
  });

  it('refuses an unknown currency', () => {
    expect(fieldsRefused(() => payout('CPA', 10, 'ABC'))).toEqual(['payout.currency']);
  });

  it('refuses an unknown model', () => {
    expect(fieldsRefused(() => payout('CPM', 10))).toEqual(['payout.model']);
    expect(fieldsRefused(() => payout('cpa', 10))).toEqual(['payout.model']);
  });

  it('names fields under the prefix it is given', () => {
    expect(
      fieldsRefused(() =>
        Payout.parse({ model: 'CPA', amount: 0, currency: 'USD' }, 'offer.payout'),
      ),
    ).toEqual(['offer.payout.amount']);
  });
});

describe('Payout as REVSHARE', () => {
  it('pays a percentage held in hundredths of a percent', () => {
    const parsed = payout('REVSHARE', 12.5);
    expect(parsed.amountUnits).toBe(1250);
    expect(parsed.amount).toBe(12.5);
    expect(parsed.currency).toBe('USD');
  });

  it('accepts a percentage with two decimals, up to 100', () => {
    expect(payout('REVSHARE', 0.01).amount).toBe(0.01);
    expect(payout('REVSHARE', 33.33).amount).toBe(33.33);
    expect(payout('REVSHARE', 100).amount).toBe(100);
  });

  it('reads the percentage independently of the currency decimals', () => {
    expect(payout('REVSHARE', 12.5, 'JPY')).toMatchObject({
      amountUnits: 1250,
      amount: 12.5,
      currency: 'JPY',
    });
  });

  it('refuses a percentage of zero, below zero or above 100', () => {
    expect(fieldsRefused(() => payout('REVSHARE', 0))).toEqual(['payout.amount']);
    expect(fieldsRefused(() => payout('REVSHARE', -1))).toEqual(['payout.amount']);
    expect(fieldsRefused(() => payout('REVSHARE', 100.01))).toEqual(['payout.amount']);
    expect(fieldsRefused(() => payout('REVSHARE', 150))).toEqual(['payout.amount']);
  });

  it('refuses a percentage with more than two decimals', () => {
    expect(fieldsRefused(() => payout('REVSHARE', 12.345))).toEqual(['payout.amount']);
  });

  it('still requires a known currency', () => {
    expect(fieldsRefused(() => payout('REVSHARE', 10, 'ZZZ'))).toEqual(['payout.currency']);
  });
});

describe('payout policies', () => {
  const parse = (input: object) =>
    Payout.parse({ model: 'CPA', amount: 10, currency: 'USD', ...input } as never);

  it('defaults to the model’s own rule', () => {
    expect(parse({}).policy).toBe('fixed');
    expect(parse({ model: 'REVSHARE', amount: 30 }).policy).toBe('revenue_share');
  });

  it('keeps from_postback’s cap in minor units', () => {
    const capped = parse({ policy: 'from_postback', maxAmount: 40.5 });
    expect([capped.policy, capped.maxUnits, capped.maxAmount]).toEqual([
      'from_postback',
      4050,
      40.5,
    ]);
  });

  it('reports every broken rule of the policy at once', () => {
    expect(fieldsRefused(() => parse({ amount: 0, policy: 'from_postback' }))).toEqual([
      'payout.amount',
    ]);
    expect(fieldsRefused(() => parse({ policy: 'revenue_share', maxAmount: 5 }))).toEqual([
      'payout.policy',
    ]);
    expect(fieldsRefused(() => parse({ model: 'CPC', policy: 'from_postback' }))).toEqual([
      'payout.policy',
    ]);
    expect(fieldsRefused(() => parse({ policy: 'from_postback', maxAmount: 9.99 }))).toEqual([
      'payout.maxAmount',
    ]);
  });
});

describe('Payout.restore', () => {
  it('gives back the wire amount of stored units', () => {
    expect(Payout.restore('CPA', 1234, 'USD', 'fixed', null).amount).toBe(12.34);
    expect(Payout.restore('REVSHARE', 2550, 'EUR', 'revenue_share', null).amount).toBe(25.5);
    expect(Payout.restore('CPA', 1000, 'USD', 'from_postback', 4050).maxAmount).toBe(40.5);
  });
});
