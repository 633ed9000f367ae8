import { describe, expect, it } from 'vitest';
import { buildCohorts, monthIndex, periodLabel, periodOfMonth } from './cohorts.js';

describe('cohort periods', () => {
  it('numbers months and quarters so that differences count periods', () => {
    const jan = monthIndex(new Date('1997-01-31T23:59:59Z'));
    const dec = monthIndex(new Date('1997-12-01T00:00:00Z'));
    expect(dec - jan).toBe(11);
    expect(periodLabel(jan, 'month')).toBe('1997-01');
    expect(periodLabel(periodOfMonth(dec, 'quarter'), 'quarter')).toBe('1997-Q4');
    expect(periodOfMonth(dec, 'quarter') - periodOfMonth(jan, 'quarter')).toBe(3);
  });
});

describe('buildCohorts', () => {
  const jan = monthIndex(new Date('1997-01-01T00:00:00Z'));

  it('gives each cohort every period up to the last, with shares and cumulative revenue per customer', () => {
    const cohorts = buildCohorts(
      new Map([
        [jan, 4],
        [jan + 1, 2],
      ]),
      [
        { cohort: jan, offset: 0, activeCustomers: 4, revenueMinor: 8000 },
        { cohort: jan, offset: 2, activeCustomers: 1, revenueMinor: 2000 },
        { cohort: jan + 1, offset: 0, activeCustomers: 2, revenueMinor: 1000 },
      ],
      jan + 2,
      'month',
    );
    expect(cohorts.map((c) => [c.cohort, c.customers, c.revenueMinor])).toEqual([
      ['1997-01', 4, 10_000],
      ['1997-02', 2, 1000],
    ]);
    expect(cohorts[0].periods).toEqual([
      {
        offset: 0,
        period: '1997-01',
        activeCustomers: 4,
        purchasingShare: 1,
        revenueMinor: 8000,
        cumulativeRevenuePerCustomerMinor: 2000,
      },
      {
        offset: 1,
        period: '1997-02',
        activeCustomers: 0,
        purchasingShare: 0,
        revenueMinor: 0,
        cumulativeRevenuePerCustomerMinor: 2000,
      },
      {
        offset: 2,
        period: '1997-03',
        activeCustomers: 1,
        purchasingShare: 0.25,
        revenueMinor: 2000,
        cumulativeRevenuePerCustomerMinor: 2500,
      },
    ]);
    expect(cohorts[1].periods).toHaveLength(2);
  });
});
