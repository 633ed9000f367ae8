import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HourlyStatOrmEntity } from '../../libs/tracking/src/infrastructure/hourly-stat.orm-entity.js';
import { MISSING_ID } from '../support/campaigns-api.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, GOOGLEBOT_UA, trackingApi } from '../support/tracking-api.js';
import { countByAffiliate, storedClicks } from '../support/tracking-rows.js';

/** GET /v1/campaigns/{id}/performance: totals and ratios from the hourly rollups. */
const ZERO = { impressions: 0, clicks: 0, uniqueClicks: 0, botClicks: 0, blockedClicks: 0 };

describe('GET /v1/campaigns/{id}/performance', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const performance = (campaignId: string, query = '') =>
    t.request({ method: 'GET', url: `/v1/campaigns/${campaignId}/performance${query}` });
  const ok = async (campaignId: string, query = '') => {
    const response = await performance(campaignId, query);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  /** Counter rows written straight into the rollup, as conversions will once they exist. */
  const insertStats = (rows: Partial<HourlyStatOrmEntity>[]) =>
    t.dataSource.getRepository(HourlyStatOrmEntity).insert(
      rows.map((row) => ({
        ...ZERO,
        affiliateId: '',
        conversions: 0,
        revenueMinor: 0,
        payoutMinor: 0,
        ...row,
      })),
    );

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 404 TRACKING.UNKNOWN_CAMPAIGN for a campaign that does not exist', async () => {
    for (const id of [MISSING_ID, 'not-a-campaign']) {
      expectProblem(await performance(id), 404, 'TRACKING.UNKNOWN_CAMPAIGN');
    }
  });

  it('answers zeros and null ratios for a campaign without traffic', async () => {
    const campaignId = await tracking.activeCampaign();
    expect(await ok(campaignId)).toEqual({
      campaignId,
      currency: 'USD',
      from: null,
      to: null,
      ...ZERO,
      conversions: 0,
      revenue: 0,
      cost: 0,
      profit: 0,
      ctr: null,
      cr: null,
      epc: null,
      roi: null,
      byAffiliate: [],
    });
  });

  it('counts exactly what the raw clicks table holds, in all and per affiliate', async () => {
    const campaign_id = await tracking.activeCampaign();
    const [first, second] = [await tracking.activeAffiliate(), await tracking.activeAffiliate()];
    await tracking.affiliates.suspend(second);
    await tracking.refreshDirectory();
    const visits: [string | undefined, { ip?: string; userAgent?: string }][] = [
      [first, { ip: '8.8.8.8' }],
      [first, { ip: '8.8.8.8' }], // the same visitor again: not unique
      [first, { userAgent: GOOGLEBOT_UA }],
      [second, {}], // suspended: blocked
      ['no-such-affiliate', {}], // unknown: blocked, kept under the id it came with
      [undefined, {}],
      [undefined, { userAgent: GOOGLEBOT_UA }],
    ];
    for (const [hour, batch] of [
      ['09', visits],
      ['10', visits.slice(0, 2)], // the first visitor again, an hour later: still not unique
    ] as const) {
      t.clock.set(new Date(`2026-11-26T${hour}:15:00Z`));
      for (const [affiliate_id, options] of batch) {
        expectRedirect(await tracking.click({ campaign_id, affiliate_id }, options));
      }
    }
    for (const affiliate_id of [first, first, first, undefined]) {
      expect((await tracking.impression({ campaign_id, affiliate_id })).statusCode).toBe(200);
    }

    const clicks = await storedClicks(t, { campaignId: campaign_id });
    const expected = countByAffiliate(clicks);
    const impressions: Record<string, number> = { [first]: 3, '': 1 };
    const body = await ok(campaign_id);
    expect(body).toMatchObject({
      clicks: clicks.length,
      uniqueClicks: clicks.filter((click) => click.isUnique).length,
      botClicks: clicks.filter((click) => click.isBot).length,
      blockedClicks: clicks.filter((click) => click.isBlocked).length,
      impressions: 4,
      conversions: 0,
      revenue: 0,
      cost: 0,
      profit: 0,
      ctr: clicks.length / 4,
      cr: 0,
      epc: 0,
      roi: null,
    });
    expect(body).toMatchObject({ clicks: 9, uniqueClicks: 2, botClicks: 2, blockedClicks: 2 });
    const byAffiliate = Object.fromEntries(
      (body.byAffiliate as { affiliateId: string | null }[]).map((row) => [
        row.affiliateId ?? '',
        row,
      ]),
    );
    expect(Object.keys(byAffiliate).sort()).toEqual(Object.keys(expected).sort());
    for (const [affiliateId, counts] of Object.entries(expected)) {
      expect(byAffiliate[affiliateId], affiliateId).toMatchObject({
        ...counts,
        impressions: impressions[affiliateId] ?? 0,
      });
    }
    expect(body.byAffiliate[0].affiliateId).toBeNull();
  });

  describe('money and ratios from known counters', () => {
    let campaignId: string;
    const affiliateId = '01936f9e-8c2d-7e4b-a011-3c7d2f1e5b22';

    beforeAll(async () => {
      campaignId = await tracking.activeCampaign({
        payout: { model: 'CPA', amount: 10, currency: 'EUR' },
      });
      const other = await tracking.activeCampaign();
      const hour = (h: string) => new Date(`2026-11-20T${h}:00:00Z`);
      await insertStats([
        {
          hour: hour('09'),
          campaignId,
          impressions: 400,
          clicks: 100,
          uniqueClicks: 80,
          botClicks: 5,
          blockedClicks: 3,
          conversions: 8,
          revenueMinor: 40_000, // 400.00
          payoutMinor: 30_000,
        },
        // Another campaign in the same hour: not counted.
        { hour: hour('09'), campaignId: other, clicks: 999, revenueMinor: 999_999 },
        {
          hour: hour('10'),
          campaignId,
          affiliateId,
          impressions: 600,
          clicks: 100,
          uniqueClicks: 70,
          botClicks: 2,
          blockedClicks: 1,
          conversions: 7,
          revenueMinor: 20_000,
          payoutMinor: 15_000,
        },
        {
          hour: hour('11'),
          campaignId,
          affiliateId,
          impressions: 100,
          clicks: 50,
          uniqueClicks: 50,
          conversions: 5,
          revenueMinor: 10_000,
          payoutMinor: 12_500,
        },
      ]);
    });

    it('sums every hour: money in major units of the payout currency, ratios hand-computed', async () => {
      const body = await ok(campaignId);
      expect(body).toMatchObject({
        currency: 'EUR',
        impressions: 1100,
        clicks: 250,
        uniqueClicks: 200,
        botClicks: 7,
        blockedClicks: 4,
        conversions: 20,
        revenue: 700,
        cost: 575,
        profit: 125,
        cr: 0.1, // 20 / 200
        epc: 2.8, // 700.00 / 250
      });
      expect(body.ctr).toBeCloseTo(250 / 1100, 12);
      expect(body.roi).toBeCloseTo(125 / 575, 12);
      expect(body.byAffiliate).toEqual([
        expect.objectContaining({
          affiliateId: null,
          clicks: 100,
          revenue: 400,
          cost: 300,
          profit: 100,
          cr: 0.1,
          epc: 4,
        }),
        expect.objectContaining({
          affiliateId,
          clicks: 150,
          revenue: 300,
          cost: 275,
          profit: 25,
          cr: 0.1,
          epc: 2,
        }),
      ]);
      expect(body.byAffiliate[0].roi).toBeCloseTo(100 / 300, 12);
      expect(body.byAffiliate[0].ctr).toBe(0.25);
    });

    it('rounds from and to down to the hour: from inclusive, to exclusive', async () => {
      const tenOnly = await ok(campaignId, '?from=2026-11-20T10:30:00Z&to=2026-11-20T11:59:59Z');
      expect(tenOnly).toMatchObject({
        from: '2026-11-20T10:00:00.000Z',
        to: '2026-11-20T11:00:00.000Z',
        clicks: 100,
        revenue: 200,
        cost: 150,
        profit: 50,
        roi: 50 / 150,
        byAffiliate: [expect.objectContaining({ affiliateId, clicks: 100 })],
      });
      const fromTen = await ok(campaignId, '?from=2026-11-20T11:00:00%2B01:00');
      expect(fromTen).toMatchObject({ from: '2026-11-20T10:00:00.000Z', to: null, clicks: 150 });
      expect(fromTen.roi).toBeCloseTo(2500 / 27_500, 12);
      const beforeEleven = await ok(campaignId, '?to=2026-11-20T11:00:00Z');
      expect(beforeEleven).toMatchObject({ clicks: 200, revenue: 600, cost: 450 });
      const empty = await ok(campaignId, '?from=2026-11-21T00:00:00Z');
      expect(empty).toMatchObject({ clicks: 0, revenue: 0, ctr: null, byAffiliate: [] });
    });

    it('refuses a time range that is not one with a 422 naming the field', async () => {
      for (const [query, fields] of [
        ['?from=2026-11-20T10:00:00', ['from']],
        ['?from=2026-11-20T10:00:00Z&to=2026-11-20T09:00:00Z', ['to']],
        ['?to=last-week', ['to']],
        ['?sort=clicks', ['sort']],
        // ISO 8601 week and ordinal dates: once accepted, then a 500 when read as a Date.
        ['?from=2026-W01-1T00:00:00Z', ['from']],
        ['?to=2026-001T00:00:00Z', ['to']],
        ['?from=2026-02-30T00:00:00Z', ['from']],
      ] as const) {
        const body = expectProblem(
          await performance(campaignId, query),
          422,
          'HTTP.VALIDATION_FAILED',
        );
        expect([...new Set(fieldsOf(body))], query).toEqual(fields);
      }
    });
  });

  it('gives money in the major units of a currency without decimals (JPY)', async () => {
    const campaignId = await tracking.activeCampaign({
      payout: { model: 'CPA', amount: 500, currency: 'JPY' },
    });
    await insertStats([
      {
        hour: new Date('2026-11-20T09:00:00Z'),
        campaignId,
        clicks: 3,
        uniqueClicks: 3,
        conversions: 1,
        revenueMinor: 1000,
        payoutMinor: 500,
      },
    ]);
    expect(await ok(campaignId)).toMatchObject({
      currency: 'JPY',
      revenue: 1000,
      cost: 500,
      profit: 500,
      epc: 1000 / 3,
      roi: 1,
    });
  });

  it('reads only the rollups: deleting raw clicks changes nothing', async () => {
    const campaign_id = await tracking.activeCampaign();
    for (let i = 0; i < 3; i += 1) expectRedirect(await tracking.click({ campaign_id }));
    const before = await ok(campaign_id);
    expect(before.clicks).toBe(3);
    await t.dataSource
      .createQueryBuilder()
      .delete()
      .from('clicks')
      .where('campaign_id = :campaign_id', { campaign_id })
      .execute();
    expect(await ok(campaign_id)).toEqual(before);
  });
});
