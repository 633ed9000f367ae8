import { expect } from 'vitest';
import type { TestApp } from './test-app.js';

/**
 * A campaign every rule accepts, written the way a client might: a schedule with an offset and
 * lower-case country codes, so that creating it also exercises the normalisation.
 */
export const validCampaign = () => ({
  name: 'Summer VPN trial',
  advertiserName: 'Acme VPN',
  offerUrl: 'https://offers.example.com/vpn?click={click_id}&aff={affiliate_id}',
  safePageUrl: 'https://example.com/',
  payout: { model: 'CPA', amount: 12.5, currency: 'USD' },
  budget: { total: 10000, daily: 500 },
  schedule: { startsAt: '2026-12-01T02:00:00+02:00', endsAt: '2027-01-01T00:00:00Z' },
  targeting: { countries: ['us', 'CA'], devices: ['mobile'] },
});

/** A well-formed UUIDv7 that no test creates: the id of a campaign or affiliate that is not there. */
export const MISSING_ID = '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11';

/**
 * The campaign requests the specs make, with the admin key. Takes the app through a getter:
 * a spec builds these in its describe body, before beforeAll has started the app.
 */
export function campaignsApi(app: () => TestApp) {
  const post = (payload: unknown) =>
    app().request({ method: 'POST', url: '/v1/campaigns', payload: payload as object });
  /** Creates a valid campaign, changed by `overrides`, and returns it as the API answered. */
  const create = async (overrides: Record<string, unknown> = {}) => {
    const response = await post({ ...validCampaign(), ...overrides });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const get = async (id: string) =>
    (await app().request({ method: 'GET', url: `/v1/campaigns/${id}` })).json();
  const patch = (id: string, payload: unknown) =>
    app().request({ method: 'PATCH', url: `/v1/campaigns/${id}`, payload: payload as object });
  const move = (id: string, action: string) =>
    app().request({ method: 'POST', url: `/v1/campaigns/${id}/${action}` });
  /** A new campaign brought to `status` through the API; returns its id. */
  const campaignIn = async (status: string) => {
    const { id } = await create();
    const path = {
      draft: [],
      active: ['activate'],
      paused: ['activate', 'pause'],
      completed: ['activate', 'complete'],
    }[status]!;
    for (const action of path) expect((await move(id, action)).statusCode).toBe(200);
    return id as string;
  };
  return { post, create, get, patch, move, campaignIn };
}
