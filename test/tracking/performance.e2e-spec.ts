import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_ID } from '../support/campaigns-api.js';
import { NO_TRAFFIC, performanceApi } from '../support/performance-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, GOOGLEBOT_UA, trackingApi } from '../support/tracking-api.js';
import { countByAffiliate, storedClicks } from '../support/tracking-rows.js';

/**
 * GET /v1/campaigns/{id}/performance: totals from the hourly rollups, against the raw clicks.
 * Money and ratios from known counters are in performance-money.e2e-spec.ts.
 */
describe('GET /v1/campaigns/{id}/performance', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const { performance, ok } = performanceApi(() => t);

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
      ...NO_TRAFFIC,
      conversions: 0,
      fraudulentConversions: 0,
      convertedClicks: 0,
      revenue: 0,
      cost: 0,
      profit: 0,
      ctr: null,
      cr: null,
      conversionsPerClick: null,
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
      offerClicks: clicks.filter((click) => click.destinationKind === 'offer').length,
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
    // Offer clicks: the first visitor's four and the clean click without an affiliate.
    expect(body).toMatchObject({
      clicks: 9,
      offerClicks: 5,
      uniqueClicks: 2,
      botClicks: 2,
      blockedClicks: 2,
    });
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
