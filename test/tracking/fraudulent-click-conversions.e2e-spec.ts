import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildRollups } from '../../libs/tracking/src/infrastructure/rollup-rebuild.js';
import { SpendCache } from '../../libs/tracking/src/infrastructure/spend-cache.js';
import { overviewApi } from '../support/analytics-overview.js';
import { performanceApi } from '../support/performance-api.js';
import { postbackApi } from '../support/postback-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';
import {
  expectRedirect,
  GOOGLEBOT_UA,
  SAFE_PAGE_URL,
  trackingApi,
} from '../support/tracking-api.js';

/**
 * A conversion on a click that was sent to the safe page (a bot, blocked traffic, a click the
 * campaign could not take) is never approved by a postback: rejected, or held for review.
 */
describe('conversions of fraudulent clicks', () => {
  let t: TestApp;
  const postbacks = postbackApi(() => t);
  const api = trackingApi(() => t);
  const performance = performanceApi(() => t);
  const analytics = overviewApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A click by Googlebot, which the tracker sent to the safe page. */
  const botClickOn = async (campaign: Record<string, unknown> = {}) => {
    const campaignId = await api.activeCampaign(campaign);
    const affiliateId = await api.activeAffiliate();
    const response = await api.click(
      { campaign_id: campaignId, affiliate_id: affiliateId },
      { userAgent: GOOGLEBOT_UA },
    );
    const { location, clickId } = expectRedirect(response);
    expect(location).toBe(SAFE_PAGE_URL);
    return { campaignId, clickId };
  };
  const postback = async (query: Record<string, string>) => {
    const response = await postbacks.send(query);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { status: string; conversionId: string; conversionStatus: string };
  };
  const conversion = async (id: string) =>
    (await t.request({ method: 'GET', url: `/v1/conversions/${id}` })).json();

  it('rejects a bot click’s conversion as fraudulent_click, and counts it nowhere but fraud', async () => {
    const { campaignId, clickId } = await botClickOn();
    const recorded = await postback({
      click_id: clickId,
      txid: 'BOT-1',
      revenue: '80',
      status: 'approved',
    });
    expect(recorded.conversionStatus).toBe('rejected');
    expect(await conversion(recorded.conversionId)).toMatchObject({
      status: 'rejected',
      statusReason: 'fraudulent_click',
      payout: 12.5,
    });

    const report = await performance.ok(campaignId);
    expect(report).toMatchObject({ conversions: 0, cost: 0, revenue: 0, fraudulentConversions: 1 });
    expect(report.byAffiliate[0]).toMatchObject({ conversions: 0, fraudulentConversions: 1 });
    const overview = await analytics.ok(
      `campaign_id=${campaignId}&group_by=affiliate&from=2026-11-26T00:00:00Z&to=2026-11-27T00:00:00Z`,
    );
    expect(overview.totals).toMatchObject({ conversions: 0, fraudulentConversions: 1 });
    expect(overview.rows[0]).toMatchObject({ conversions: 0, fraudulentConversions: 1 });
    await api.refreshSpend();
    expect(t.app.get(SpendCache).of(campaignId).totalMinor).toBe(0);
  });

  it('lets no later postback approve it', async () => {
    const { campaignId, clickId } = await botClickOn();
    const first = await postback({ click_id: clickId, txid: 'BOT-2', status: 'pending' });
    expect(first.conversionStatus).toBe('rejected');
    const again = await postback({ click_id: clickId, txid: 'BOT-2', status: 'approved' });
    expect(again.conversionStatus).toBe('rejected');
    expect(await conversion(first.conversionId)).toMatchObject({
      status: 'rejected',
      statusReason: 'fraudulent_click',
    });
    expect(await performance.ok(campaignId)).toMatchObject({
      conversions: 0,
      cost: 0,
      fraudulentConversions: 1,
    });
  });

  it('holds it pending for review when the campaign says review, and keeps it there', async () => {
    const { campaignId, clickId } = await botClickOn({ fraudulentClickConversions: 'review' });
    expect((await api.campaigns.get(campaignId)).fraudulentClickConversions).toBe('review');
    const recorded = await postback({ click_id: clickId, txid: 'BOT-3', status: 'approved' });
    expect(recorded.conversionStatus).toBe('pending');
    expect(await conversion(recorded.conversionId)).toMatchObject({
      status: 'pending',
      statusReason: 'fraudulent_click',
    });
    const again = await postback({ click_id: clickId, txid: 'BOT-3', status: 'approved' });
    expect(again.conversionStatus).toBe('pending');
    expect(await performance.ok(campaignId)).toMatchObject({
      conversions: 0,
      cost: 0,
      fraudulentConversions: 1,
    });
  });

  it('treats a click refused by the campaign’s own rules (over budget) like any safe-page click', async () => {
    const campaignId = await api.activeCampaign({ budget: { total: 12.5, daily: null } });
    const affiliateId = await api.activeAffiliate();
    const paid = expectRedirect(
      await api.click({ campaign_id: campaignId, affiliate_id: affiliateId }),
    );
    expect((await postback({ click_id: paid.clickId })).conversionStatus).toBe('approved');
    await api.refreshSpend();
    const refused = expectRedirect(
      await api.click({ campaign_id: campaignId, affiliate_id: affiliateId }),
    );
    expect(refused.location).toBe(SAFE_PAGE_URL);
    const late = await postback({ click_id: refused.clickId });
    expect(await conversion(late.conversionId)).toMatchObject({
      status: 'rejected',
      statusReason: 'fraudulent_click',
    });
    expect(await performance.ok(campaignId)).toMatchObject({
      conversions: 1,
      cost: 12.5,
      fraudulentConversions: 1,
    });
  });

  it('defaults every campaign to reject', async () => {
    const { id } = await api.campaigns.create();
    expect((await api.campaigns.get(id)).fraudulentClickConversions).toBe('reject');
  });

  it.runIf(testDialect() === 'postgres')(
    'rebuilds the fraud counts from the raw conversions exactly as the postbacks wrote them',
    async () => {
      await postback({ click_id: (await botClickOn()).clickId, txid: 'REBUILT' });
      const snapshot = async () => ({
        hourly: await t.dataSource.query(
          'SELECT * FROM hourly_stats ORDER BY hour, campaign_id, affiliate_id',
        ),
        dimensional: await t.dataSource.query(
          `SELECT * FROM hourly_dimension_stats
           WHERE clicks <> 0 OR conversions <> 0 OR fraudulent_conversions <> 0
           ORDER BY dimension, hour, campaign_id, affiliate_id, value`,
        ),
      });
      const written = await snapshot();
      const fraud = (rows: { fraudulent_conversions: string }[]) =>
        rows.reduce((sum, row) => sum + Number(row.fraudulent_conversions), 0);
      // Five conversions of safe-page clicks in this file; each dimension counts every one.
      expect(fraud(written.hourly)).toBe(5);
      expect(fraud(written.dimensional)).toBe(15);
      const now = t.clock.now().getTime();
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await rebuildRollups(runner, new Date(now - 86_400_000), new Date(now + 86_400_000));
      } finally {
        await runner.release();
      }
      expect(await snapshot()).toEqual(written);
    },
  );
});
