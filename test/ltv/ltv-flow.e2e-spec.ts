import { QueryBus } from '@nestjs/cqrs';
import { GetCustomerLtvQuery } from '@app/ltv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NightlyRecalculationJob } from '../../libs/ltv/src/infrastructure/nightly-recalculation.job.js';
import { ltvApi, syntheticPurchases } from '../support/ltv-api.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const NOW = new Date('2026-11-26T09:00:00Z');

describe('LTV from purchases to segments', () => {
  let t: TestApp;
  const api = ltvApi(() => t);
  beforeAll(async () => {
    t = await startTestApp({ now: NOW });
  });
  afterAll(() => t.close());

  it('falls back to the observed purchase rate on a base too small to fit, and says so', async () => {
    // tiny-cust-0 bought 10.00 400 days ago; -1 11.00 + 12.00 from 380 days ago; -2 12.00 +
    // 13.00 + 14.00 from 360 days ago: two repeat buyers, fewer than the models need.
    await api.record(syntheticPurchases(3, NOW, 'tiny'));
    const model = await api.recalculate();
    expect(model.basis.method).toBe('observed-rate');
    expect(model.basis.reason).toMatch(/the base has 3 customers and 2 such repeat buyers/);
    expect(model.bgNbd).toMatchObject({ r: null, used: false });
    expect(model.gammaGamma).toMatchObject({ p: null, used: false });
    expect(model.segmentsWithheld).toMatch(/at least 10 customers; the base has 3/);
    // By hand (12 months, 1 % a month; the twelve discounts 1 / 1.01^m sum to 11.2550775),
    // revenue x (365.25 / 12) / days known (first day and today included) x 11.2550775:
    // 1000 x 30.4375 / 401 = 75.904 a month: 854.31 minor -> 8.54;
    // 2300 x 30.4375 / 381 = 183.743 a month: 2068.05 -> 20.68;
    // 3900 x 30.4375 / 361 = 328.826 a month: 3700.96 -> 37.01.
    const clv = async (id: string) => (await api.get(`/ltv/customer/${id}`)).json();
    expect(await clv('tiny-cust-0')).toMatchObject({ predictedClv: 8.54, segment: null });
    expect((await clv('tiny-cust-1')).predictedClv).toBe(20.68);
    expect((await clv('tiny-cust-2')).predictedClv).toBe(37.01);
    // Ranked by the value used, and nobody is a VIP of a base of three.
    const analysis = (await api.get('/ltv/analysis')).json();
    expect(analysis.topCustomers.map((c: { customerId: string }) => c.customerId)).toEqual([
      'tiny-cust-2',
      'tiny-cust-1',
      'tiny-cust-0',
    ]);
    expect(analysis.topCustomers.every((c: { segment: unknown }) => c.segment === null)).toBe(true);
    const segments = (await api.get('/ltv/segments')).json().segments;
    expect(segments.every((s: { customers: number }) => s.customers === 0)).toBe(true);
  });

  it('refuses an asOf in the future or without an offset', async () => {
    const future = await t.request({
      method: 'POST',
      url: '/ltv/recalculate',
      payload: { asOf: '2027-01-01T00:00:00Z' },
    });
    expect(fieldsOf(expectProblem(future, 422, 'LTV.INVALID_AS_OF'))).toEqual(['asOf']);
    const local = await t.request({
      method: 'POST',
      url: '/ltv/recalculate',
      payload: { asOf: '2026-01-01T00:00:00' },
    });
    expect(fieldsOf(expectProblem(local, 422, 'HTTP.VALIDATION_FAILED'))).toEqual(['asOf']);
  });

  it('answers 404 for a customer it has never seen, and 422 for a period it does not know', async () => {
    expectProblem(await api.get('/ltv/customer/nobody'), 404, 'LTV.CUSTOMER_NOT_FOUND');
    const week = expectProblem(
      await api.get('/ltv/analysis?period=week'),
      422,
      'HTTP.VALIDATION_FAILED',
    );
    expect(fieldsOf(week)).toEqual(['period']);
  });

  it("fits the base, and shows each customer's values, segment and first segment", async () => {
    await api.record(syntheticPurchases(80, NOW));
    const model = await api.recalculate();
    expect(model.customers).toBe(83);
    expect(model.bgNbd.r).toBeGreaterThan(0);
    // Over a year of data: no span warning. This small base has no drop-out to speak of, so BG/NBD
    // runs to its NBD limit (a, b without bound): the fit says so instead of pretending.
    expect(model.warnings.join(' ')).not.toMatch(/12 months/);
    expect(model.bgNbd.converged).toBe(false);
    expect(model.warnings.join(' ')).toMatch(/did not converge/);
    // So its parameters are set aside and the observed rate gives the CLVs, which do differ
    // across 83 customers: segments are assigned over them.
    expect(model.basis).toEqual({
      method: 'observed-rate',
      reason: 'The BG/NBD fit did not converge: its parameters are not used.',
    });
    expect(model.bgNbd.used).toBe(false);
    expect(model.segmentsWithheld).toBeNull();
    const customer = (await api.get('/ltv/customer/syn-cust-7')).json();
    // syn-cust-7 bought 4 times: 17.00 + 18.00 + 19.00 + 20.00.
    expect(customer.transactions).toMatchObject({ orders: 4, revenue: 74, repeatPurchases: 3 });
    expect(customer.historicalClv).toBe(74);
    expect(customer.historicalClvTerms.averageOrderValue).toBe(18.5);
    expect(customer.probabilityAlive).toBeGreaterThan(0);
    expect(customer.probabilityAlive).toBeLessThanOrEqual(1);
    expect(customer.predictedClv).toBeGreaterThan(0);
    expect(customer.segmentHistory).toEqual([
      { from: null, to: customer.segment, at: NOW.toISOString() },
    ]);
  });

  it('publishes P(alive) and predicted CLV to other contexts through a query', async () => {
    const queries = t.app.get(QueryBus);
    const view = await queries.execute(new GetCustomerLtvQuery('syn-cust-7'));
    const detail = (await api.get('/ltv/customer/syn-cust-7')).json();
    expect(view).toMatchObject({
      customerId: 'syn-cust-7',
      currency: 'USD',
      probabilityAlive: detail.probabilityAlive,
      predictedClv: detail.predictedClv,
      segment: detail.segment,
    });
    expect(await queries.execute(new GetCustomerLtvQuery('nobody'))).toBeNull();
  });

  it('moves customers at once to absolute thresholds, recording each move', async () => {
    const before = (await api.get('/ltv/analysis')).json();
    const top = before.topCustomers[0];
    const response = await t.request({
      method: 'PUT',
      url: '/ltv/segments',
      payload: { mode: 'absolute', thresholds: { VIP: top.predictedClv, High: 1, Medium: 0.5 } },
    });
    expect(response.statusCode, response.body).toBe(200);
    const { mode, segments } = response.json();
    expect(mode).toBe('absolute');
    expect(segments[0]).toMatchObject({ segment: 'VIP', minimumPredictedClv: top.predictedClv });
    expect(segments[0].customers).toBeGreaterThanOrEqual(1);
    const leader = (await api.get(`/ltv/customer/${top.customerId}`)).json();
    expect(leader.segment).toBe('VIP');
    expect(leader.segmentHistory.at(-1)).toMatchObject({ to: 'VIP' });
    const total = segments.reduce((sum: number, s: { customers: number }) => sum + s.customers, 0);
    expect(total).toBe(83);
  });

  it('refuses thresholds that do not fall from VIP to Medium, or are too precise', async () => {
    const put = (payload: object) => t.request({ method: 'PUT', url: '/ltv/segments', payload });
    expectProblem(
      await put({ mode: 'absolute', thresholds: { VIP: 10, High: 20, Medium: 1 } }),
      422,
      'LTV.INVALID_SEGMENT_THRESHOLDS',
    );
    expectProblem(await put({ mode: 'absolute' }), 422, 'HTTP.VALIDATION_FAILED');
    expectProblem(
      await put({ mode: 'absolute', thresholds: { VIP: 10.001, High: 2, Medium: 1 } }),
      422,
      'MONEY.TOO_PRECISE',
    );
    expectProblem(
      await put({ mode: 'percentile', thresholds: { VIP: 0.5, High: 0.2, Medium: 0.6 } }),
      422,
      'LTV.INVALID_SEGMENT_THRESHOLDS',
    );
  });

  it('goes back to percentile segments', async () => {
    const response = await t.request({
      method: 'PUT',
      url: '/ltv/segments',
      payload: { mode: 'percentile' },
    });
    expect(response.json().segments.map((s: { customers: number }) => s.customers)).toEqual([
      4, 13, 25, 41,
    ]);
  });

  it('recalculates nightly at LTV_NIGHTLY_AT, once a day', async () => {
    const job = t.app.get(NightlyRecalculationJob);
    t.clock.set(new Date('2026-11-27T01:59:00Z'));
    expect(await job.run()).toBe('not-yet');
    t.clock.set(new Date('2026-11-27T02:00:00Z'));
    expect(await job.run()).toBe('ran');
    t.clock.set(new Date('2026-11-27T02:01:00Z'));
    expect(await job.run()).toBe('already-done');
    const analysis = (await api.get('/ltv/analysis')).json();
    expect(analysis.model.fittedAt).toBe('2026-11-27T02:00:00.000Z');
  });

  it('forgets every LTV record on a data reset', async () => {
    expect((await t.request({ method: 'POST', url: '/v1/reset' })).statusCode).toBe(200);
    expectProblem(await api.get('/ltv/customer/syn-cust-7'), 404, 'LTV.CUSTOMER_NOT_FOUND');
    const analysis = (await api.get('/ltv/analysis')).json();
    expect(analysis.model).toBeNull();
    expect(analysis.summary.customers).toBe(0);
    expect((await api.get('/ltv/segments')).json().mode).toBe('percentile');
  });
});
