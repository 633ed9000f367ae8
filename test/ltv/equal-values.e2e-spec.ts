import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ltvApi } from '../support/ltv-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const NOW = new Date('2026-11-26T09:00:00Z');

describe('LTV over a base whose customers cannot be told apart', () => {
  let t: TestApp;
  const api = ltvApi(() => t);
  beforeAll(async () => {
    t = await startTestApp({ now: NOW });
  });
  afterAll(() => t.close());

  it('hands out no VIP when every predicted CLV is the same, and says why', async () => {
    // Twelve customers with one 10.00 order each on the same day, 29 days ago.
    await api.record(
      Array.from({ length: 12 }, (_, i) => ({
        transactionId: `same-${i}`,
        customerId: `same-cust-${i}`,
        occurredAt: '2026-10-28T12:00:00Z',
        amount: '10.00',
        currency: 'USD',
      })),
    );
    const model = await api.recalculate();
    expect(model.basis.method).toBe('observed-rate');
    expect(model.basis.reason).toMatch(/the base has 12 customers and 0 such repeat buyers/);
    expect(model.segmentsWithheld).toMatch(/Every predicted CLV is the same/);
    // By hand: 1000 minor over 30 days is 1014.583 a month (x 30.4375 / 30); the twelve monthly
    // discounts 1 / 1.01^m sum to 11.2550775: 11419.22 minor, 114.19 for each of them.
    const analysis = (await api.get('/ltv/analysis')).json();
    expect(analysis.summary.averagePredictedClv).toBe(114.19);
    expect(analysis.topCustomers).toHaveLength(10);
    expect(analysis.topCustomers.every((c: { segment: unknown }) => c.segment === null)).toBe(true);
    const segments = (await api.get('/ltv/segments')).json().segments;
    expect(segments.map((s: { customers: number }) => s.customers)).toEqual([0, 0, 0, 0]);
  });

  it('keeps the segments withheld when the thresholds change', async () => {
    const response = await t.request({
      method: 'PUT',
      url: '/ltv/segments',
      payload: { mode: 'percentile', thresholds: { VIP: 0.1, High: 0.3, Medium: 0.6 } },
    });
    expect(response.statusCode, response.body).toBe(200);
    const customer = (await api.get('/ltv/customer/same-cust-0')).json();
    expect(customer.segment).toBeNull();
    expect(customer.segmentHistory).toEqual([]);
  });
});
