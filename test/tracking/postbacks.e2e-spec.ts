import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../support/outbox-events.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { postbackApi } from '../support/postback-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { trackingApi } from '../support/tracking-api.js';
import { hourlyStats } from '../support/tracking-rows.js';

const DAY_MS = 86_400_000;

describe('conversion postbacks', () => {
  let t: TestApp;
  const api = trackingApi(() => t);
  const postbacks = postbackApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A fresh click on a new active campaign (CPA 12.50 USD unless told otherwise). */
  const clickOn = api.clickOnNewCampaign;
  const postback = (query: Record<string, string>, via: 'GET' | 'POST' = 'GET') =>
    postbacks.send(query, via);
  const totals = async (campaignId: string) => {
    const rows = await hourlyStats(t, campaignId);
    return {
      conversions: rows.reduce((sum, row) => sum + row.conversions, 0),
      revenueMinor: rows.reduce((sum, row) => sum + row.revenueMinor, 0),
      payoutMinor: rows.reduce((sum, row) => sum + row.payoutMinor, 0),
    };
  };

  it('records a conversion, counts it once in the rollups and raises ConversionRecorded', async () => {
    const { campaignId, affiliateId, clickId } = await clickOn();
    const first = await postback({
      click_id: clickId,
      txid: 'ORDER-1',
      revenue: '49.90',
      customer_id: 'cust-7',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'recorded', conversionStatus: 'approved' });
    const again = await postback({ click_id: clickId, txid: 'ORDER-1', revenue: '49.90' });
    expect(again.json()).toMatchObject({
      status: 'duplicate',
      conversionId: first.json().conversionId,
    });

    expect(await totals(campaignId)).toEqual({
      conversions: 1,
      revenueMinor: 4990,
      payoutMinor: 1250,
    });
    const conversion = await t.request({
      method: 'GET',
      url: `/v1/conversions/${first.json().conversionId}`,
    });
    expect(conversion.json()).toMatchObject({
      clickId,
      campaignId,
      affiliateId,
      transactionId: 'ORDER-1',
      status: 'approved',
      revenue: 49.9,
      payout: 12.5,
      currency: 'USD',
      customerId: 'cust-7',
    });
    const events = (await outboxEvents(t)).filter(
      (event) => event.type === 'tracking.conversion-recorded',
    );
    expect(events.at(-1)!.payload).toMatchObject({
      conversionId: first.json().conversionId,
      clickId,
      campaignId,
      affiliateId,
      transactionId: 'ORDER-1',
      status: 'approved',
      revenueMinor: 4990,
      payoutMinor: 1250,
      currency: 'USD',
      customerId: 'cust-7',
    });
  });

  it('treats a postback without txid as the click’s one conversion', async () => {
    const { campaignId, clickId } = await clickOn();
    expect((await postback({ click_id: clickId })).json().status).toBe('recorded');
    expect((await postback({ click_id: clickId })).json().status).toBe('duplicate');
    expect((await postback({ click_id: clickId, txid: 'SECOND' })).json().status).toBe('recorded');
    expect((await totals(campaignId)).conversions).toBe(2);
  });

  it('moves the counters when a known transaction changes status', async () => {
    const { campaignId, clickId } = await clickOn();
    const pending = await postback({
      click_id: clickId,
      txid: 'T',
      revenue: '10',
      status: 'pending',
    });
    expect(pending.json()).toMatchObject({ status: 'recorded', conversionStatus: 'pending' });
    expect(await totals(campaignId)).toEqual({ conversions: 0, revenueMinor: 0, payoutMinor: 0 });
    const approved = await postback({ click_id: clickId, txid: 'T', status: 'approved' });
    expect(approved.json()).toMatchObject({ status: 'updated', conversionStatus: 'approved' });
    expect(await totals(campaignId)).toEqual({
      conversions: 1,
      revenueMinor: 1000,
      payoutMinor: 1250,
    });
    await postback({ click_id: clickId, txid: 'T', status: 'rejected' });
    expect(await totals(campaignId)).toEqual({ conversions: 0, revenueMinor: 0, payoutMinor: 0 });
  });

  it('pays REVSHARE campaigns their share of the revenue, whatever payout the postback states', async () => {
    const { campaignId, clickId } = await clickOn({
      payout: { model: 'REVSHARE', amount: 30, currency: 'EUR' },
    });
    await postback({ click_id: clickId, txid: 'A', revenue: '99.99' });
    expect((await totals(campaignId)).payoutMinor).toBe(2999);
    // The postback's payout is the advertiser's claim: 30 % of 10 EUR is paid, not 1.50.
    await postback({ click_id: clickId, txid: 'B', revenue: '10', payout: '1.5', currency: 'eur' });
    expect(await totals(campaignId)).toEqual({
      conversions: 2,
      revenueMinor: 10999,
      payoutMinor: 3299,
    });
  });

  it('records a conversion after the lookback window as rejected, with the reason', async () => {
    const { campaignId, clickId } = await clickOn();
    t.clock.advance(30 * DAY_MS + 1);
    try {
      const late = await postback({ click_id: clickId, revenue: '5' });
      expect(late.json()).toMatchObject({ status: 'recorded', conversionStatus: 'rejected' });
      const stored = await t.request({
        method: 'GET',
        url: `/v1/conversions/${late.json().conversionId}`,
      });
      expect(stored.json()).toMatchObject({
        status: 'rejected',
        statusReason: 'outside_lookback_window',
      });
      expect((await totals(campaignId)).conversions).toBe(0);
    } finally {
      t.clock.advance(-(30 * DAY_MS + 1));
    }
  });

  it('accepts JSON and form bodies on POST', async () => {
    const { clickId } = await clickOn();
    const token = await postbacks.tokenFor(clickId);
    expect((await postback({ click_id: clickId, txid: 'J' }, 'POST')).json().status).toBe(
      'recorded',
    );
    const form = await t.request({
      method: 'POST',
      url: '/v1/postback',
      headers: { 'x-api-key': '', 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ token, click_id: clickId, txid: 'F' }).toString(),
    });
    expect(form.json().status).toBe('recorded');
    // PostgreSQL would turn a lone surrogate into U+FFFD: refused, like NUL, not altered.
    const surrogate = await t.request({
      method: 'POST',
      url: '/v1/postback',
      headers: { 'x-api-key': '', 'content-type': 'application/json' },
      payload: `{"token":"${token}","click_id":"${clickId}","txid":"T\\ud800"}`,
    });
    expect(fieldsOf(expectProblem(surrogate, 422, 'TRACKING.INVALID_POSTBACK'))).toEqual(['txid']);
  });

  it('refuses a missing or wrong token with 403, before reading anything else', async () => {
    const { clickId } = await clickOn();
    for (const url of ['/v1/postback?click_id=' + clickId, '/v1/postback?token=nope&revenue=abc']) {
      expectProblem(
        await t.request({ method: 'GET', url, headers: { 'x-api-key': '' } }),
        403,
        'TRACKING.INVALID_POSTBACK_TOKEN',
      );
    }
  });

  it('answers 404 TRACKING.UNKNOWN_CLICK for a click it never saw', async () => {
    for (const clickId of ['AaIXFUaARGj_5iSXAsFkUzmR', 'not-a-click-id']) {
      expectProblem(await postback({ click_id: clickId }), 404, 'TRACKING.UNKNOWN_CLICK');
    }
  });

  it('refuses bad amounts, statuses and currencies with a 422 naming the parameter', async () => {
    const { clickId } = await clickOn();
    const cases: [Record<string, string>, string][] = [
      [{ revenue: 'ten' }, 'revenue'],
      [{ revenue: '-5' }, 'revenue'],
      [{ revenue: '1.234' }, 'revenue'],
      [{ status: 'paid' }, 'status'],
      [{ currency: 'EUR' }, 'currency'],
      [{ txid: 'x'.repeat(256) }, 'txid'],
      [{ click_id: '' }, 'click_id'],
      [{ txid: 'a\u0000b' }, 'txid'],
    ];
    for (const [query, field] of cases) {
      const response = await postback({ click_id: clickId, ...query });
      expect(response.statusCode, JSON.stringify(query)).toBe(422);
      expect(fieldsOf(response.json()), JSON.stringify(query)).toContain(field);
    }
  });

  it('lists conversions by campaign and status', async () => {
    const { campaignId, clickId } = await clickOn();
    await postback({ click_id: clickId, txid: '1' });
    await postback({ click_id: clickId, txid: '2', status: 'pending' });
    const all = await t.request({ method: 'GET', url: `/v1/conversions?campaignId=${campaignId}` });
    expect(all.json().data.map((c: { transactionId: string }) => c.transactionId)).toEqual([
      '2',
      '1',
    ]);
    const pending = await t.request({
      method: 'GET',
      url: `/v1/conversions?campaignId=${campaignId}&status=pending`,
    });
    expect(pending.json().data).toHaveLength(1);
    expectProblem(
      await t.request({ method: 'GET', url: '/v1/conversions/nope' }),
      404,
      'TRACKING.CONVERSION_NOT_FOUND',
    );
  });
});
