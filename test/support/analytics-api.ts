import { postbackApi } from './postback-api.js';
import type { TestApp } from './test-app.js';
import { expectRedirect, trackingApi } from './tracking-api.js';

/**
 * The journeys the analytics specs drive through the real API: clicks at chosen moments (the
 * app's fixed clock is moved to each), postbacks naming customers, read back as reports.
 */
export function analyticsApi(app: () => TestApp) {
  const tracking = trackingApi(app);
  const postbacks = postbackApi(app);

  /** A click at `at` (the clock is moved there), through the offer unless a bot's. */
  const clickAt = async (
    at: string,
    query: { campaign_id: string; affiliate_id?: string; external_id?: string },
    userAgent?: string,
  ) => {
    app().clock.set(new Date(at));
    const response = await tracking.click(query, userAgent ? { userAgent } : {});
    return expectRedirect(response);
  };

  /** A postback at `at` (the clock is moved there), as an advertiser server sends it. */
  const postbackAt = async (at: string, params: Record<string, string>) => {
    app().clock.set(new Date(at));
    return postbacks.send(params);
  };

  const attribution = (query: Record<string, string>) =>
    app().request({
      method: 'GET',
      url: `/v1/analytics/attribution?${new URLSearchParams(query)}`,
    });

  return { tracking, clickAt, postbackAt, attribution };
}
