import { expect } from 'vitest';
import type { TestApp } from './test-app.js';

/** The name of the advertiser whose token the specs use for click ids that match no click. */
const STRANGER = 'Postback specs advertiser';

/**
 * Postbacks as advertisers send them: each with its own advertiser's token, the one of the
 * click's campaign (looked up with the admin key, as an admin hands the URL out). A click id
 * that matches no click gets the token of an advertiser of the specs' own, so the postback
 * reaches the click lookup.
 */
export function postbackApi(app: () => TestApp) {
  const tokens = new Map<string, Promise<string>>();

  const get = async (url: string) => {
    const response = await app().request({ method: 'GET', url });
    return response.statusCode === 200 ? response.json() : null;
  };

  const advertiserToken = async (advertiserId: string): Promise<string> => {
    const answer = await get(`/v1/advertisers/${advertiserId}/postback-url`);
    expect(answer, `postback URL of advertiser ${advertiserId}`).not.toBeNull();
    return answer.token;
  };

  const strangerToken = async (): Promise<string> => {
    const created = await app().request({
      method: 'POST',
      url: '/v1/advertisers',
      payload: { name: STRANGER },
    });
    const list = await get('/v1/advertisers?limit=200');
    const advertiser =
      created.statusCode === 201
        ? created.json()
        : list.data.find((a: { name: string }) => a.name === STRANGER);
    return advertiserToken(advertiser.id);
  };

  /** The token of the campaign's advertiser. */
  const tokenOfCampaign = async (campaignId: string): Promise<string> => {
    const campaign = await get(`/v1/campaigns/${campaignId}`);
    expect(campaign, `campaign ${campaignId}`).not.toBeNull();
    return advertiserToken(campaign.advertiserId);
  };

  /** The token of the advertiser whose campaign the click is on. */
  const tokenFor = (clickId: string): Promise<string> => {
    let token = tokens.get(clickId);
    if (!token) {
      token = (async () => {
        const click = await get(`/v1/click/${encodeURIComponent(clickId)}`);
        return click ? tokenOfCampaign(click.campaignId) : strangerToken();
      })();
      tokens.set(clickId, token);
    }
    return token;
  };

  /** Sends a postback with the click's advertiser's token, unless `query` brings its own. */
  const send = async (query: Record<string, string>, via: 'GET' | 'POST' = 'GET') => {
    const token = query.token ?? (await tokenFor(query.click_id ?? ''));
    const params = { token, ...query };
    return via === 'GET'
      ? app().request({
          method: 'GET',
          url: `/v1/postback?${new URLSearchParams(params)}`,
          headers: { 'x-api-key': '' },
        })
      : app().request({
          method: 'POST',
          url: '/v1/postback',
          payload: params,
          headers: { 'x-api-key': '' },
        });
  };

  return { tokenFor, tokenOfCampaign, send, advertiserToken };
}
