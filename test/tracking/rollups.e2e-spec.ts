import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, GOOGLEBOT_UA, trackingApi } from '../support/tracking-api.js';
import {
  countByAffiliate,
  hourlyStats,
  storedClicks,
  sumByAffiliate,
} from '../support/tracking-rows.js';

/** The hourly counters are updated with the clicks they count, so they always match the rows. */
const HOUR = 3_600_000;

describe('hourly rollups', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const { click, impression } = tracking;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const expectImpression = async (query: Record<string, string | undefined>) => {
    const response = await impression(query);
    expect(response.statusCode, response.body).toBe(200);
  };

  it('match the raw click rows per campaign and affiliate after a mix of traffic', async () => {
    const campaign_id = await tracking.activeCampaign();
    const other = await tracking.activeCampaign();
    const [a, b] = [await tracking.activeAffiliate(), await tracking.activeAffiliate()];
    const blockedIp = '198.51.100.99';
    const entry = await tracking.block('ip', blockedIp);
    const repeatIp = '203.0.113.77';

    const traffic: [Record<string, string>, Parameters<typeof click>[1]][] = [
      [{ campaign_id, affiliate_id: a }, { ip: repeatIp }], // clean, unique
      [{ campaign_id, affiliate_id: a }, { ip: repeatIp }], // duplicate
      [{ campaign_id, affiliate_id: a }, { ip: repeatIp }], // duplicate
      [{ campaign_id, affiliate_id: a }, {}], // clean, unique
      [{ campaign_id, affiliate_id: a }, { userAgent: GOOGLEBOT_UA }], // bot
      [{ campaign_id, affiliate_id: a }, { ip: blockedIp }], // blocked
      [
        { campaign_id, affiliate_id: a },
        { ip: blockedIp, userAgent: GOOGLEBOT_UA },
      ], // both
      [{ campaign_id, affiliate_id: b }, { ip: repeatIp }], // unique: another affiliate
      [{ campaign_id, affiliate_id: b }, { userAgent: '' }], // bot (empty user agent)
      [{ campaign_id }, { ip: repeatIp }], // unique: no affiliate
      [{ campaign_id }, { ip: repeatIp }], // duplicate
      [{ campaign_id }, { ip: blockedIp }], // blocked
      [{ campaign_id: other, affiliate_id: a }, { ip: repeatIp }], // another campaign
    ];
    for (const [query, options] of traffic) expectRedirect(await click(query, options));
    for (const query of [
      { campaign_id, affiliate_id: a },
      { campaign_id, affiliate_id: a },
      { campaign_id, affiliate_id: b },
      { campaign_id },
      { campaign_id, affiliate_id: 'not-an-affiliate' },
      { campaign_id: other },
    ]) {
      await expectImpression(query);
    }
    await tracking.unblock(entry.id);

    for (const id of [campaign_id, other]) {
      const rolled = sumByAffiliate(await hourlyStats(t, id));
      const counted = countByAffiliate(await storedClicks(t, { campaignId: id }));
      for (const affiliate of new Set([...Object.keys(rolled), ...Object.keys(counted)])) {
        const { impressions: _impressions, ...clickCounters } = rolled[affiliate] ?? {};
        expect(clickCounters, `campaign ${id}, affiliate '${affiliate}'`).toEqual(
          counted[affiliate] ?? {
            clicks: 0,
            offerClicks: 0,
            uniqueClicks: 0,
            botClicks: 0,
            blockedClicks: 0,
          },
        );
      }
    }

    // And the numbers are the ones this traffic should give: every clean click reached the
    // offer (offerClicks), duplicates included; only a visitor's first is unique.
    const counters = (
      clicks: number,
      offerClicks: number,
      uniqueClicks: number,
      botClicks: number,
      blockedClicks: number,
      impressions: number,
    ) => ({ clicks, offerClicks, uniqueClicks, botClicks, blockedClicks, impressions });
    const rolled = sumByAffiliate(await hourlyStats(t, campaign_id));
    expect(rolled).toEqual({
      [a]: counters(7, 4, 2, 2, 2, 2),
      [b]: counters(2, 1, 1, 1, 0, 1),
      // Impressions naming an unknown affiliate count for the campaign without one.
      '': counters(3, 2, 1, 0, 1, 2),
    });
    expect(sumByAffiliate(await hourlyStats(t, other))).toEqual({
      [a]: counters(1, 1, 1, 0, 0, 0),
      '': counters(0, 0, 0, 0, 0, 1),
    });
  });

  it("store the rollup of a click without an affiliate under affiliate_id ''", async () => {
    const campaign_id = await tracking.activeCampaign();
    expectRedirect(await click({ campaign_id }));
    const [row] = await hourlyStats(t, campaign_id);
    expect(row).toMatchObject({ affiliateId: '', clicks: 1, uniqueClicks: 1 });
    const [stored] = await storedClicks(t, { campaignId: campaign_id });
    expect(stored.affiliateId).toBeNull();
  });

  it('put clicks and impressions of two different hours in two hour rows', async () => {
    const campaign_id = await tracking.activeCampaign();
    t.clock.set(new Date('2026-11-26T11:59:59.999Z'));
    expectRedirect(await click({ campaign_id }));
    await expectImpression({ campaign_id });
    t.clock.advance(1);
    expectRedirect(await click({ campaign_id }));
    expectRedirect(await click({ campaign_id }));
    t.clock.advance(HOUR + 30 * 60_000);
    await expectImpression({ campaign_id });

    const stats = await hourlyStats(t, campaign_id);
    expect(stats.map(({ hour, clicks, impressions }) => ({ hour, clicks, impressions }))).toEqual([
      { hour: '2026-11-26T11:00:00.000Z', clicks: 1, impressions: 1 },
      { hour: '2026-11-26T12:00:00.000Z', clicks: 2, impressions: 0 },
      { hour: '2026-11-26T13:00:00.000Z', clicks: 0, impressions: 1 },
    ]);
    const clickHours = (await storedClicks(t, { campaignId: campaign_id })).map((row) =>
      row.clickedAt.slice(0, 13),
    );
    expect(clickHours).toEqual(['2026-11-26T11', '2026-11-26T12', '2026-11-26T12']);
  });
});

describe('GET /v1/impression', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers a transparent 1x1 GIF, uncached, and counts the impression for the affiliate', async () => {
    const campaign_id = await tracking.activeCampaign();
    const affiliate_id = await tracking.activeAffiliate();
    const response = await tracking.impression({ campaign_id, affiliate_id });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('image/gif');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.rawPayload.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    expect(response.rawPayload.readUInt16LE(6)).toBe(1);
    expect(response.rawPayload.readUInt16LE(8)).toBe(1);
    await tracking.impression({ campaign_id, affiliate_id });
    expect(await hourlyStats(t, campaign_id)).toEqual([
      expect.objectContaining({ affiliateId: affiliate_id, impressions: 2, clicks: 0 }),
    ]);
  });

  it('answers 404 TRACKING.UNKNOWN_CAMPAIGN for an unknown campaign, 422 without campaign_id', async () => {
    const unknown = await tracking.impression({
      campaign_id: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11',
    });
    expect(unknown.statusCode, unknown.body).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.json()).toMatchObject({ code: 'TRACKING.UNKNOWN_CAMPAIGN' });
    const missing = await tracking.impression({});
    expect(missing.statusCode, missing.body).toBe(422);
    expect(missing.json()).toMatchObject({ code: 'TRACKING.INVALID_CLICK' });
  });
});
