import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { CLICK_ID, trackingApi } from '../support/tracking-api.js';
import { hourlyStats, storedClicks } from '../support/tracking-rows.js';

/** Clicks are group-committed: every 302 stands for a stored click, however many arrive at once. */
const CONCURRENT = 200;

describe('GET /v1/click under concurrent load', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('stores every one of 200 concurrent clicks exactly once, under the id its response carries', async () => {
    const campaign_id = await tracking.activeCampaign();
    const affiliate_id = await tracking.activeAffiliate();
    const responses = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) =>
        tracking.click(
          { campaign_id, affiliate_id, sub1: `visitor-${i}` },
          { ip: `172.16.${i >> 8}.${i & 255}` },
        ),
      ),
    );
    for (const response of responses) expect(response.statusCode, response.body).toBe(302);
    const ids = responses.map((response) => response.headers['x-click-id'] as string);
    for (const id of ids) expect(id).toMatch(CLICK_ID);
    expect(new Set(ids).size).toBe(CONCURRENT);

    const stored = await storedClicks(t, { campaignId: campaign_id });
    expect(stored).toHaveLength(CONCURRENT);
    expect(new Set(stored.map((row) => row.id))).toEqual(new Set(ids));
    // Each response's click is the one stored with its own parameters and destination.
    const byId = new Map(stored.map((row) => [row.id, row]));
    responses.forEach((response, i) => {
      const row = byId.get(ids[i])!;
      expect(row).toMatchObject({
        sub1: `visitor-${i}`,
        ip: `172.16.${i >> 8}.${i & 255}`,
        isUnique: true,
        reasons: [],
        destination: response.headers.location,
      });
    });
    expect(await hourlyStats(t, campaign_id)).toEqual([
      expect.objectContaining({ clicks: CONCURRENT, uniqueClicks: CONCURRENT, botClicks: 0 }),
    ]);
  });

  it('counts exactly one of many concurrent clicks of one visitor as unique', async () => {
    const campaign_id = await tracking.activeCampaign();
    const responses = await Promise.all(
      Array.from({ length: 40 }, () => tracking.click({ campaign_id }, { ip: '203.0.113.200' })),
    );
    for (const response of responses) expect(response.statusCode, response.body).toBe(302);
    const stored = await storedClicks(t, { campaignId: campaign_id });
    expect(stored).toHaveLength(40);
    expect(stored.filter((row) => row.isUnique)).toHaveLength(1);
    expect(await hourlyStats(t, campaign_id)).toEqual([
      expect.objectContaining({ clicks: 40, uniqueClicks: 1 }),
    ]);
  });

  it('does not fail the clicks that share a batch with one the database refuses', async () => {
    const campaign_id = await tracking.activeCampaign();
    // Today an over-long affiliate id is such a click on PostgreSQL (see click-hostile-input).
    const refused = 'r'.repeat(64);
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        tracking.click({ campaign_id, affiliate_id: i === 15 ? refused : undefined }),
      ),
    );
    const fine = responses.filter((_, i) => i !== 15);
    for (const response of fine) expect(response.statusCode, response.body).toBe(302);
    const stored = await storedClicks(t, { campaignId: campaign_id });
    const storedIds = new Set(stored.map((row) => row.id));
    for (const response of fine) expect(storedIds).toContain(response.headers['x-click-id']);
    const [rollup] = await hourlyStats(t, campaign_id).then((rows) =>
      rows.filter((row) => row.affiliateId === ''),
    );
    expect(rollup).toMatchObject({ clicks: 29, uniqueClicks: 29 });
  });

  it('counts concurrent clicks and impressions of one link together in its hour row', async () => {
    const campaign_id = await tracking.activeCampaign();
    const affiliate_id = await tracking.activeAffiliate();
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        i % 2 === 0
          ? tracking.click({ campaign_id, affiliate_id })
          : tracking.impression({ campaign_id, affiliate_id }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([
      ...Array<number>(50).fill(200),
      ...Array<number>(50).fill(302),
    ]);
    expect(await storedClicks(t, { campaignId: campaign_id })).toHaveLength(50);
    expect(await hourlyStats(t, campaign_id)).toEqual([
      expect.objectContaining({ affiliateId: affiliate_id, clicks: 50, impressions: 50 }),
    ]);
  });

  it('keeps the clicks of one concurrent burst on several campaigns apart', async () => {
    const campaigns = [
      await tracking.activeCampaign(),
      await tracking.activeCampaign(),
      await tracking.activeCampaign(),
    ];
    const responses = await Promise.all(
      Array.from({ length: 90 }, (_, i) => tracking.click({ campaign_id: campaigns[i % 3] })),
    );
    for (const response of responses) expect(response.statusCode, response.body).toBe(302);
    for (const [index, campaignId] of campaigns.entries()) {
      const expected = responses
        .filter((_, i) => i % 3 === index)
        .map((response) => response.headers['x-click-id']);
      const stored = await storedClicks(t, { campaignId });
      expect(new Set(stored.map((row) => row.id))).toEqual(new Set(expected));
      expect((await hourlyStats(t, campaignId))[0]).toMatchObject({ clicks: 30, uniqueClicks: 30 });
    }
  });
});
