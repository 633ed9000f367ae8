import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignsApi, validCampaign } from '../support/campaigns-api.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** POST /v1/campaigns; reads are in campaign-reads, changes in campaign-changes and campaign-status. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('campaigns API: create', () => {
  let t: TestApp;
  const { post, create } = campaignsApi(() => t);
  const postRaw = (payload: string, contentType = 'application/json') =>
    t.request({
      method: 'POST',
      url: '/v1/campaigns',
      payload,
      headers: { 'content-type': contentType },
    });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('POST /v1/campaigns', () => {
    it('creates a draft campaign and answers 201 with it, times in UTC and codes normalised', async () => {
      const response = await post(validCampaign());
      expect(response.statusCode).toBe(201);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.json()).toEqual({
        id: expect.stringMatching(UUID),
        name: 'Summer VPN trial',
        // The advertiser of that name, registered with its first campaign.
        advertiserId: expect.stringMatching(UUID),
        advertiserName: 'Acme VPN',
        offerUrl: 'https://offers.example.com/vpn?click={click_id}&aff={affiliate_id}',
        safePageUrl: 'https://example.com/',
        payout: { model: 'CPA', amount: 12.5, currency: 'USD', policy: 'fixed', maxAmount: null },
        budget: { total: 10000, daily: 500, currency: 'USD' },
        schedule: { startsAt: '2026-12-01T00:00:00.000Z', endsAt: '2027-01-01T00:00:00.000Z' },
        targeting: { countries: ['CA', 'US'], devices: ['mobile'] },
        fraudulentClickConversions: 'reject',
        status: 'draft',
        createdAt: '2026-11-26T09:00:00.000Z',
        updatedAt: '2026-11-26T09:00:00.000Z',
      });
    });

    it('leaves safe page, budget, schedule and targeting open when they are absent or null', async () => {
      const open = {
        safePageUrl: null,
        budget: null,
        schedule: { startsAt: null, endsAt: null },
        targeting: { countries: [], devices: [] },
      };
      // JSON drops undefined, so these fields are absent from the body.
      const absent = {
        safePageUrl: undefined,
        budget: undefined,
        schedule: undefined,
        targeting: undefined,
      };
      expect(await create(absent)).toMatchObject(open);
      expect(
        await create({ safePageUrl: null, budget: null, schedule: null, targeting: null }),
      ).toMatchObject(open);
    });

    it('keeps money exact: 12.34 USD stays 12.34', async () => {
      const created = await create({
        payout: { model: 'CPS', amount: 12.34, currency: 'usd' },
        budget: { total: 1234.56, daily: 0.01 },
      });
      const read = (await t.request({ method: 'GET', url: `/v1/campaigns/${created.id}` })).json();
      for (const campaign of [created, read]) {
        expect(campaign.payout).toEqual({
          model: 'CPS',
          amount: 12.34,
          currency: 'USD',
          policy: 'fixed',
          maxAmount: null,
        });
        expect(campaign.budget).toEqual({ total: 1234.56, daily: 0.01, currency: 'USD' });
      }
    });

    it('keeps money exact: 1234.567 BHD stays 1234.567 and JPY stays whole', async () => {
      const bhd = await create({
        payout: { model: 'CPA', amount: 1234.567, currency: 'BHD' },
        budget: { total: 99999.999 },
      });
      expect(bhd.payout).toEqual({
        model: 'CPA',
        amount: 1234.567,
        currency: 'BHD',
        policy: 'fixed',
        maxAmount: null,
      });
      expect(bhd.budget).toEqual({ total: 99999.999, daily: null, currency: 'BHD' });
      const jpy = await create({
        payout: { model: 'CPL', amount: 1500, currency: 'JPY' },
        budget: { daily: 30000 },
      });
      expect(jpy.payout).toEqual({
        model: 'CPL',
        amount: 1500,
        currency: 'JPY',
        policy: 'fixed',
        maxAmount: null,
      });
      expect(jpy.budget).toEqual({ total: null, daily: 30000, currency: 'JPY' });
    });

    it('keeps a large amount exact', async () => {
      const created = await create({
        payout: { model: 'CPA', amount: 9999999999.99, currency: 'USD' },
        budget: null,
      });
      expect(created.payout.amount).toBe(9999999999.99);
    });

    it('pays REVSHARE as a percentage with two decimals', async () => {
      const created = await create({
        payout: { model: 'REVSHARE', amount: 33.33, currency: 'EUR' },
        budget: null,
      });
      expect(created.payout).toEqual({
        model: 'REVSHARE',
        amount: 33.33,
        currency: 'EUR',
        policy: 'revenue_share',
        maxAmount: null,
      });
    });

    it('refuses 0.1 + 0.2 as an amount instead of rounding it', async () => {
      const body = JSON.stringify(validCampaign()).replace(
        '"amount":12.5',
        '"amount":0.30000000000000004',
      );
      const problem = expectProblem(await postRaw(body), 422, 'CAMPAIGNS.INVALID_CAMPAIGN');
      expect(fieldsOf(problem)).toEqual(['payout.amount']);
    });

    it('reports every broken business rule at once with dotted field paths', async () => {
      const response = await post({
        ...validCampaign(),
        name: '   ',
        offerUrl: 'https://offers.example.com/?x={sub9}',
        safePageUrl: 'ftp://example.com/',
        payout: { model: 'CPA', amount: 0, currency: 'USD' },
        schedule: { startsAt: '2027-02-01T00:00:00Z', endsAt: '2027-01-01T00:00:00Z' },
        targeting: { countries: ['US', 'UK'], devices: ['mobile'] },
      });
      const problem = expectProblem(response, 422, 'CAMPAIGNS.INVALID_CAMPAIGN');
      expect(fieldsOf(problem).sort()).toEqual(
        [
          'name',
          'offerUrl',
          'safePageUrl',
          'payout.amount',
          'schedule.endsAt',
          'targeting.countries.1',
        ].sort(),
      );
      for (const error of problem.errors as { message: string }[])
        expect(error.message).toEqual(expect.any(String));
    });

    it.each([
      ['a daily budget above the total', { budget: { total: 100, daily: 101 } }, 'budget.daily'],
      [
        'a budget finer than the payout currency',
        { payout: { model: 'CPA', amount: 5, currency: 'JPY' }, budget: { total: 10.5 } },
        'budget.total',
      ],
      [
        'an unknown currency',
        { payout: { model: 'CPA', amount: 5, currency: 'XYZ' } },
        'payout.currency',
      ],
      [
        'a REVSHARE of more than 100%',
        { payout: { model: 'REVSHARE', amount: 101, currency: 'USD' } },
        'payout.amount',
      ],
      [
        'a payout with more decimals than its currency',
        { payout: { model: 'CPA', amount: 1.005, currency: 'USD' } },
        'payout.amount',
      ],
      ['a javascript: offer URL', { offerUrl: 'javascript:alert(1)' }, 'offerUrl'],
    ])('refuses %s (422 CAMPAIGNS.INVALID_CAMPAIGN)', async (_rule, overrides, field) => {
      const problem = expectProblem(
        await post({ ...validCampaign(), ...overrides }),
        422,
        'CAMPAIGNS.INVALID_CAMPAIGN',
      );
      expect(fieldsOf(problem)).toEqual([field]);
    });

    it.each([
      [
        'missing required fields',
        { budget: null },
        ['name', 'advertiserName', 'offerUrl', 'payout'],
      ],
      ['a name over 200 characters', { ...validCampaign(), name: 'x'.repeat(201) }, ['name']],
      [
        'an unknown payout model',
        { ...validCampaign(), payout: { model: 'CPM', amount: 1, currency: 'USD' } },
        ['payout.model'],
      ],
      [
        'a text amount',
        { ...validCampaign(), payout: { model: 'CPA', amount: '12.5', currency: 'USD' } },
        ['payout.amount'],
      ],
      [
        'a schedule without an offset',
        { ...validCampaign(), schedule: { startsAt: '2026-12-01T00:00:00' } },
        ['schedule.startsAt'],
      ],
      [
        'a schedule that is not a date',
        { ...validCampaign(), schedule: { endsAt: 'next tuesday' } },
        ['schedule.endsAt'],
      ],
      [
        'an unknown device',
        { ...validCampaign(), targeting: { devices: ['tv'] } },
        ['targeting.devices'],
      ],
      ['an unknown top-level field', { ...validCampaign(), status: 'active' }, ['status']],
      [
        'an unknown nested field',
        { ...validCampaign(), payout: { model: 'CPA', amount: 1, currency: 'USD', bonus: 5 } },
        ['payout.bonus'],
      ],
    ])('refuses %s (422 HTTP.VALIDATION_FAILED)', async (_rule, body, fields) => {
      const problem = expectProblem(await post(body), 422, 'HTTP.VALIDATION_FAILED');
      expect([...new Set(fieldsOf(problem))].sort()).toEqual([...fields].sort());
    });

    it('answers 400 HTTP.MALFORMED_JSON to a body that is not JSON', async () => {
      expectProblem(await postRaw('{"name": "x",'), 400, 'HTTP.MALFORMED_JSON');
    });

    it('answers 415 to a body that is not JSON', async () => {
      expectProblem(await postRaw('name=x', 'text/plain'), 415, 'HTTP.UNSUPPORTED_MEDIA_TYPE');
      expectProblem(
        await postRaw('<campaign/>', 'application/xml'),
        415,
        'HTTP.UNSUPPORTED_MEDIA_TYPE',
      );
    });

    it('answers 422 to a JSON body that is not an object', async () => {
      for (const body of ['[]', '"campaign"', '42', 'null']) {
        expectProblem(await postRaw(body), 422, 'HTTP.VALIDATION_FAILED');
      }
    });

    it('answers 401 without an API key and creates nothing', async () => {
      const before = (await t.request({ method: 'GET', url: '/v1/campaigns?limit=200' })).json()
        .data.length;
      const response = await t.request({
        method: 'POST',
        url: '/v1/campaigns',
        payload: validCampaign(),
        headers: { 'x-api-key': '' },
      });
      expectProblem(response, 401, 'AUTH.API_KEY_MISSING');
      expect(
        (await t.request({ method: 'GET', url: '/v1/campaigns?limit=200' })).json().data.length,
      ).toBe(before);
    });
  });
});
