import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';
import { expectRedirect, SAFE_PAGE_URL, trackingApi } from '../support/tracking-api.js';
import { storedClick } from '../support/tracking-rows.js';

/**
 * The spend cache is re-read every 2 s and moved at once by this replica's own clicks. A click
 * that commits while a re-read is under way must stay counted: otherwise the campaign runs past
 * its budget until the next re-read. A large rollup table makes the re-read slow enough for a
 * click to commit during it every time.
 */
const OTHER_ROLLUP_ROWS = 200_000;

async function fillRollupsOfOtherCampaigns(t: TestApp): Promise<void> {
  if (testDialect() === 'postgres') {
    await t.dataSource.query(
      `INSERT INTO hourly_stats (hour, campaign_id, affiliate_id, payout_minor)
       SELECT timestamptz '2026-11-01T00:00:00Z' + (g % 500) * interval '1 hour', 'other-' || (g / 500), '', 1
       FROM generate_series(1, ${OTHER_ROLLUP_ROWS}) AS g`,
    );
  } else {
    await t.dataSource.query(
      `WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < ${OTHER_ROLLUP_ROWS})
       INSERT INTO hourly_stats (hour, campaign_id, affiliate_id, payout_minor)
       SELECT strftime('%Y-%m-%d %H:%M:%f', '2026-11-01', '+' || (n % 500) || ' hours'), 'other-' || (n / 500), '', 1
       FROM g`,
    );
  }
}

describe('GET /v1/click: budgets while the spend cache refreshes', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    await fillRollupsOfOtherCampaigns(t);
  });
  afterAll(() => t.close());

  it('still counts the spend of a click that commits while the spend cache is being re-read', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const campaign_id = await tracking.activeCampaign({
        payout: { model: 'CPC', amount: 1, currency: 'USD' },
        budget: { total: 1 },
      });
      const refreshing = tracking.refreshSpend();
      const first = expectRedirect(await tracking.click({ campaign_id }));
      await refreshing;
      expect((await storedClick(t, first.clickId)).reasons).toEqual([]);

      const second = expectRedirect(await tracking.click({ campaign_id }));
      expect(second.location, `attempt ${attempt}`).toBe(SAFE_PAGE_URL);
      expect((await storedClick(t, second.clickId)).reasons).toEqual(['total_budget_reached']);
    }
  });
});
