import { expect } from 'vitest';
import { HourlyStatOrmEntity } from '../../libs/tracking/src/infrastructure/hourly-stat.orm-entity.js';
import type { TestApp } from './test-app.js';

/** The traffic counters of a campaign that saw nothing. */
export const NO_TRAFFIC = {
  impressions: 0,
  clicks: 0,
  offerClicks: 0,
  uniqueClicks: 0,
  botClicks: 0,
  blockedClicks: 0,
};

/** Campaign performance requests, and counters written straight into the hourly rollup. */
export function performanceApi(app: () => TestApp) {
  const performance = (campaignId: string, query = '') =>
    app().request({ method: 'GET', url: `/v1/campaigns/${campaignId}/performance${query}` });
  return {
    performance,
    ok: async (campaignId: string, query = '') => {
      const response = await performance(campaignId, query);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    },
    /** Counter rows as the click and postback paths would have left them. */
    insertStats: (rows: Partial<HourlyStatOrmEntity>[]) =>
      app()
        .dataSource.getRepository(HourlyStatOrmEntity)
        .insert(
          rows.map((row) => ({
            ...NO_TRAFFIC,
            affiliateId: '',
            conversions: 0,
            revenueMinor: 0,
            payoutMinor: 0,
            ...row,
          })),
        ),
  };
}
