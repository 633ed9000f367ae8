import { describe, expect, it } from 'vitest';
import { fieldsRefused } from '../../../../test/support/domain-assertions.js';
import { Budget } from './budget.js';

describe('Budget.parse', () => {
  it('holds a total and a daily cap in minor units of the payout currency', () => {
    const budget = Budget.parse({ total: 10000, daily: 500.25 }, 'USD')!;
    expect(budget.total?.minor).toBe(1000000);
    expect(budget.daily?.minor).toBe(50025);
    expect(budget.currency).toBe('USD');
  });

  it('accepts a total alone or a daily cap alone', () => {
    expect(Budget.parse({ total: 100 }, 'EUR')).toMatchObject({
      daily: null,
      total: { minor: 10000 },
    });
    expect(Budget.parse({ daily: 7 }, 'EUR')).toMatchObject({ total: null, daily: { minor: 700 } });
    expect(Budget.parse({ total: null, daily: 7 }, 'EUR')?.currency).toBe('EUR');
  });

  it('is no budget at all when neither limit is set', () => {
    expect(Budget.parse({}, 'USD')).toBeNull();
    expect(Budget.parse({ total: null, daily: null }, 'USD')).toBeNull();
  });

  it('allows a daily cap equal to the total', () => {
    expect(Budget.parse({ total: 50, daily: 50 }, 'USD')?.daily?.minor).toBe(5000);
  });

  it('refuses a daily cap above the total', () => {
    expect(fieldsRefused(() => Budget.parse({ total: 50, daily: 50.01 }, 'USD'))).toEqual([
      'budget.daily',
    ]);
  });

  it('refuses a zero or negative limit', () => {
    expect(fieldsRefused(() => Budget.parse({ total: 0 }, 'USD'))).toEqual(['budget.total']);
    expect(fieldsRefused(() => Budget.parse({ daily: -1 }, 'USD'))).toEqual(['budget.daily']);
  });

  it('refuses more decimals than the payout currency has', () => {
    expect(fieldsRefused(() => Budget.parse({ total: 100.5 }, 'JPY'))).toEqual(['budget.total']);
    expect(fieldsRefused(() => Budget.parse({ daily: 1.001 }, 'USD'))).toEqual(['budget.daily']);
  });

  it('keeps three decimals for BHD', () => {
    expect(Budget.parse({ total: 1234.567 }, 'BHD')?.total?.toDecimal()).toBe(1234.567);
  });

  it('names fields under the prefix it is given', () => {
    expect(fieldsRefused(() => Budget.parse({ total: 0 }, 'USD', 'limits'))).toEqual([
      'limits.total',
    ]);
  });
});

describe('Budget.restore', () => {
  it('rebuilds stored minor units, or no budget when both are null', () => {
    expect(Budget.restore(null, null, 'USD')).toBeNull();
    const budget = Budget.restore(1234, null, 'USD')!;
    expect(budget.total?.toDecimal()).toBe(12.34);
    expect(budget.daily).toBeNull();
    expect(budget.currency).toBe('USD');
  });
});
