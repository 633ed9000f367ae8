import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LtvModelView } from '../../libs/ltv/src/application/queries/ltv-model.view.js';
import { readCdnowSample, readCdnowSummary } from '../support/cdnow-data.js';
import { ltvApi } from '../support/ltv-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const within = (actual: number, expected: number, share: number) =>
  expect(Math.abs(actual - expected) / expected).toBeLessThan(share);

/**
 * The published CDNOW results reproduced end to end: the sample's 6,919 purchases sent through
 * POST /ltv/transactions as CSV, summarised in SQL, fitted by POST /ltv/recalculate with
 * the calibration period's end as asOf.
 */
describe('the CDNOW sample through the API', () => {
  let t: TestApp;
  let model: LtvModelView;
  const api = ltvApi(() => t);

  beforeAll(async () => {
    t = await startTestApp({ now: new Date('1998-07-01T00:00:00Z') });
    await api.record(
      readCdnowSample().map((purchase, i) => ({
        transactionId: `cdnow-${i + 1}`,
        customerId: purchase.customerId,
        occurredAt: `${purchase.date}T00:00:00Z`,
        amount: purchase.dollars,
        currency: 'USD',
      })),
    );
    model = await api.recalculate('1997-09-30T00:00:00Z');
  });
  afterAll(() => t.close());

  it('fits BG/NBD to the published r, alpha, a, b (within 1 %) and log-likelihood (within 0.5)', () => {
    expect(model.customers).toBe(2357);
    expect(model.timeUnit).toBe('week');
    within(model.bgNbd.r!, 0.243, 0.01);
    within(model.bgNbd.alpha!, 4.414, 0.01);
    within(model.bgNbd.a!, 0.793, 0.01);
    within(model.bgNbd.b!, 2.426, 0.01);
    expect(Math.abs(model.bgNbd.logLikelihood! - -9582.4)).toBeLessThan(0.5);
    expect(model.bgNbd.converged).toBe(true);
    // A converged fit on 2,357 customers is the basis of the CLVs and of the segments.
    expect(model.basis).toEqual({ method: 'bg-nbd-gamma-gamma', reason: null });
    expect(model.bgNbd.used).toBe(true);
    expect(model.segmentsWithheld).toBeNull();
  });

  it('fits Gamma-Gamma to the published p, q, gamma (within 1 %) on the 946 repeat buyers', () => {
    within(model.gammaGamma.p!, 6.25, 0.01);
    within(model.gammaGamma.q!, 3.74, 0.01);
    within(model.gammaGamma.gamma!, 15.44, 0.01);
    expect(model.gammaGamma.customers).toBe(946);
    expect(model.gammaGamma.converged).toBe(true);
  });

  it('warns that nine months of data do not make reliable predictions', () => {
    expect(model.warnings.join(' ')).toMatch(/less than 12 months/);
  });

  it('summarises every customer as the published summary file does', async () => {
    const rows: {
      customer_id: string;
      repeat_purchases: number;
      recency_days: number;
      age_days: number;
      mean_repeat_value: number;
    }[] = await t.dataSource.query(
      'SELECT customer_id, repeat_purchases, recency_days, age_days, mean_repeat_value FROM ltv_predictions',
    );
    const mine = new Map(rows.map((row) => [row.customer_id, row]));
    for (const published of readCdnowSummary()) {
      const row = mine.get(String(published.id))!;
      expect(
        [
          Number(row.repeat_purchases),
          +(Number(row.recency_days) / 7).toFixed(2),
          +(Number(row.age_days) / 7).toFixed(2),
        ],
        `customer ${published.id}`,
      ).toEqual([published.x, published.tX, published.T]);
      expect(Math.abs(Number(row.mean_repeat_value) - published.zbar)).toBeLessThan(0.005 + 1e-9);
    }
  });

  it("shows a customer's expected spend as published and P(alive) of 1 without a repeat purchase", async () => {
    const first = (await api.get('/ltv/customer/1')).json();
    expect(Math.abs(first.expectedAverageValue - 24.65)).toBeLessThan(0.1);
    expect(first.segment).toMatch(/^(VIP|High|Medium|Low)$/);
    expect(first.predictionsAsOf).toBe('1997-09-30T00:00:00.000Z');
    const third = (await api.get('/ltv/customer/3')).json();
    expect(third.probabilityAlive).toBe(1);
    expect(Math.abs(third.expectedAverageValue - 35.17)).toBeLessThan(0.1);
  });

  it('puts the top 5 % in VIP, the next 15 % in High and the next 30 % in Medium', async () => {
    const { segments } = (await api.get('/ltv/segments')).json();
    expect(segments.map((s: { customers: number }) => s.customers)).toEqual([118, 353, 708, 1178]);
    const shares = segments.map((s: { shareOfValue: number }) => s.shareOfValue);
    expect(shares.reduce((sum: number, share: number) => sum + share, 0)).toBeCloseTo(1, 9);
    expect(shares[0]).toBeGreaterThan(0.05);
  });

  it('forms monthly cohorts of the first quarter and follows them to September 1997', async () => {
    const analysis = (await api.get('/ltv/analysis?period=month')).json();
    expect(analysis.summary.customers).toBe(2357);
    expect(analysis.cohorts.map((c: { cohort: string }) => c.cohort)).toEqual([
      '1997-01',
      '1997-02',
      '1997-03',
    ]);
    expect(
      analysis.cohorts.reduce((sum: number, c: { customers: number }) => sum + c.customers, 0),
    ).toBe(2357);
    const january = analysis.cohorts[0];
    expect(january.periods.at(-1).period).toBe('1997-09');
    expect(january.periods[0].purchasingShare).toBe(1);
    expect(january.periods[1].purchasingShare).toBeLessThan(1);
    expect(analysis.topCustomers).toHaveLength(10);
    const quarters = (await api.get('/ltv/analysis?period=quarter')).json();
    expect(quarters.cohorts.map((c: { cohort: string }) => c.cohort)).toEqual(['1997-Q1']);
    expect(quarters.cohorts[0].periods.map((p: { period: string }) => p.period)).toEqual([
      '1997-Q1',
      '1997-Q2',
      '1997-Q3',
    ]);
  });
});
