import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignsApi, MISSING_ID } from '../support/campaigns-api.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** PATCH /v1/campaigns/{id}; status moves and outbox rows are in campaign-status.e2e-spec.ts. */
const HOUR = 3_600_000;

describe('campaigns API: changes', () => {
  let t: TestApp;
  const { create, get, patch, campaignIn } = campaignsApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('PATCH /v1/campaigns/{id}', () => {
    it('changes only the listed fields and answers with the campaign', async () => {
      const before = await create();
      t.clock.advance(HOUR);
      const response = await patch(before.id, {
        name: 'Winter VPN trial',
        budget: { total: 20000 },
      });
      expect(response.statusCode, response.body).toBe(200);
      const expected = {
        ...before,
        name: 'Winter VPN trial',
        budget: { total: 20000, daily: null, currency: 'USD' },
        updatedAt: t.clock.now().toISOString(),
      };
      expect(response.json()).toEqual(expected);
      expect(await get(before.id)).toEqual(expected);
    });

    it('clears safePageUrl, budget, schedule and targeting with null', async () => {
      const { id } = await create();
      const response = await patch(id, {
        safePageUrl: null,
        budget: null,
        schedule: null,
        targeting: null,
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({
        safePageUrl: null,
        budget: null,
        schedule: { startsAt: null, endsAt: null },
        targeting: { countries: [], devices: [] },
      });
    });

    it('keeps money exact through a change: 1234.567 BHD stays 1234.567', async () => {
      const { id } = await create({ budget: null });
      const response = await patch(id, {
        payout: { model: 'CPS', amount: 1234.567, currency: 'BHD' },
        budget: { total: 5000.001 },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({
        payout: { model: 'CPS', amount: 1234.567, currency: 'BHD' },
        budget: { total: 5000.001, currency: 'BHD' },
      });
      expect((await get(id)).payout.amount).toBe(1234.567);
    });

    it('refuses a new payout currency while the budget is in the old one, and accepts it with the budget restated', async () => {
      const { id } = await create();
      const refused = await patch(id, { payout: { model: 'CPA', amount: 10, currency: 'EUR' } });
      expect(fieldsOf(expectProblem(refused, 422, 'CAMPAIGNS.INVALID_CAMPAIGN'))).toEqual([
        'budget',
      ]);
      expect((await get(id)).payout.currency).toBe('USD');
      const accepted = await patch(id, {
        payout: { model: 'CPA', amount: 10, currency: 'EUR' },
        budget: { total: 9000, daily: 450 },
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json()).toMatchObject({
        payout: { currency: 'EUR' },
        budget: { total: 9000, daily: 450, currency: 'EUR' },
      });
    });

    it('changes nothing when any change is invalid, reporting every broken field', async () => {
      const before = await create();
      t.clock.advance(HOUR);
      const response = await patch(before.id, {
        name: 'Valid new name',
        offerUrl: 'https://offers.example.com/?x={unknown}',
        budget: { total: 10, daily: 20 },
        targeting: { countries: ['XX'] },
      });
      const problem = expectProblem(response, 422, 'CAMPAIGNS.INVALID_CAMPAIGN');
      expect(fieldsOf(problem).sort()).toEqual([
        'budget.daily',
        'offerUrl',
        'targeting.countries.0',
      ]);
      expect(await get(before.id)).toEqual(before);
    });

    it.each([
      ['an unknown field', { name: 'x', status: 'active' }, ['status']],
      ['the id', { id: MISSING_ID }, ['id']],
      ['an unknown nested field', { budget: { total: 5, monthly: 1 } }, ['budget.monthly']],
      [
        'null for a required field',
        { name: null, offerUrl: null, payout: null },
        ['name', 'offerUrl', 'payout'],
      ],
      ['a name over 200 characters', { name: 'x'.repeat(201) }, ['name']],
      [
        'a schedule without an offset',
        { schedule: { endsAt: '2027-01-01T00:00:00' } },
        ['schedule.endsAt'],
      ],
    ])(
      'refuses %s (422 HTTP.VALIDATION_FAILED) and changes nothing',
      async (_rule, body, fields) => {
        const before = await create();
        const problem = expectProblem(await patch(before.id, body), 422, 'HTTP.VALIDATION_FAILED');
        expect([...new Set(fieldsOf(problem))].sort()).toEqual([...fields].sort());
        expect(await get(before.id)).toEqual(before);
      },
    );

    it('answers 400 to malformed JSON, 415 to another content type and 422 to a body that is not an object', async () => {
      const { id } = await create();
      const raw = (payload: string, type = 'application/json') =>
        t.request({
          method: 'PATCH',
          url: `/v1/campaigns/${id}`,
          payload,
          headers: { 'content-type': type },
        });
      expectProblem(await raw('{"name":'), 400, 'HTTP.MALFORMED_JSON');
      expectProblem(await raw('name=x', 'text/plain'), 415, 'HTTP.UNSUPPORTED_MEDIA_TYPE');
      expectProblem(await raw('["name"]'), 422, 'HTTP.VALIDATION_FAILED');
    });

    it('answers 404 for an unknown campaign', async () => {
      expectProblem(await patch(MISSING_ID, { name: 'x' }), 404, 'CAMPAIGNS.CAMPAIGN_NOT_FOUND');
    });

    it('refuses to change a completed campaign (409 CAMPAIGNS.CAMPAIGN_COMPLETED)', async () => {
      const id = await campaignIn('completed');
      const before = await get(id);
      expectProblem(await patch(id, { name: 'Too late' }), 409, 'CAMPAIGNS.CAMPAIGN_COMPLETED');
      expect(await get(id)).toEqual(before);
    });

    it('changes an active or a paused campaign', async () => {
      for (const status of ['active', 'paused']) {
        const id = await campaignIn(status);
        const response = await patch(id, { advertiserName: 'Acme Corp' });
        expect(response.statusCode, response.body).toBe(200);
        expect(response.json()).toMatchObject({ advertiserName: 'Acme Corp', status });
      }
    });

    it('answers 401 without an API key', async () => {
      const { id } = await create();
      const response = await t.request({
        method: 'PATCH',
        url: `/v1/campaigns/${id}`,
        payload: { name: 'x' },
        headers: { 'x-api-key': '' },
      });
      expect(response.statusCode).toBe(401);
      expect((await get(id)).name).toBe('Summer VPN trial');
    });
  });
});
