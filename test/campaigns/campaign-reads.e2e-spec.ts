import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignsApi, MISSING_ID, validCampaign } from '../support/campaigns-api.js';
import { walkPages } from '../support/list-pages.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Reading and listing campaigns, their links, and ids or cursors the database cannot hold. */
describe('campaigns API: read and list', () => {
  let t: TestApp;
  const { post, create } = campaignsApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('GET /v1/campaigns/{id}', () => {
    it('answers with the campaign', async () => {
      const created = await create();
      const response = await t.request({ method: 'GET', url: `/v1/campaigns/${created.id}` });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(created);
    });

    it('answers 404 CAMPAIGNS.CAMPAIGN_NOT_FOUND for an unknown id', async () => {
      const id = MISSING_ID;
      const problem = expectProblem(
        await t.request({ method: 'GET', url: `/v1/campaigns/${id}` }),
        404,
        'CAMPAIGNS.CAMPAIGN_NOT_FOUND',
      );
      expect(problem.detail).toContain(id);
      expectProblem(
        await t.request({ method: 'GET', url: '/v1/campaigns/not-an-id' }),
        404,
        'CAMPAIGNS.CAMPAIGN_NOT_FOUND',
      );
    });

    it('answers 401 without an API key', async () => {
      const created = await create();
      const response = await t.request({
        method: 'GET',
        url: `/v1/campaigns/${created.id}`,
        headers: { 'x-api-key': '' },
      });
      expect(response.statusCode).toBe(401);
    });
  });

  describe('GET /v1/campaigns', () => {
    /** Every page from the first, following nextCursor. */
    const walk = (query: string) => walkPages(t, '/v1/campaigns', query);

    beforeAll(async () => {
      for (let i = 0; i < 7; i += 1) {
        const { id } = await create({ name: `Listed ${i}` });
        if (i % 3 === 0) await t.request({ method: 'POST', url: `/v1/campaigns/${id}/activate` });
      }
    });

    it('lists campaigns newest first, a page at a time, with no duplicates or omissions', async () => {
      const all = (await t.request({ method: 'GET', url: '/v1/campaigns?limit=200' })).json();
      expect(all.nextCursor).toBeNull();
      const allIds: string[] = all.data.map((c: { id: string }) => c.id);
      expect(allIds.length).toBeGreaterThanOrEqual(7);
      expect(allIds).toEqual([...allIds].sort().reverse());

      const { pages, ids } = await walk('limit=2');
      expect(ids).toEqual(allIds);
      expect(new Set(ids).size).toBe(ids.length);
      expect(pages.slice(0, -1).every((page) => page.length === 2)).toBe(true);
      expect(pages.at(-1)!.length).toBeGreaterThan(0);
    });

    it('gives a null nextCursor when the last page is exactly full', async () => {
      const total = (await t.request({ method: 'GET', url: '/v1/campaigns?limit=200' })).json().data
        .length;
      const page = (await t.request({ method: 'GET', url: `/v1/campaigns?limit=${total}` })).json();
      expect(page.data).toHaveLength(total);
      expect(page.nextCursor).toBeNull();
    });

    it('filters by status, across pages', async () => {
      const active = await walk('status=active&limit=1');
      expect(active.ids.length).toBe(3);
      expect(active.pages.flat().every((c) => c.status === 'active')).toBe(true);
      const drafts = await walk('status=draft&limit=4');
      expect(drafts.pages.flat().every((c) => c.status === 'draft')).toBe(true);
      const all = (await t.request({ method: 'GET', url: '/v1/campaigns?limit=200' })).json().data;
      expect(drafts.ids.length + active.ids.length).toBe(all.length);
      expect(
        (await t.request({ method: 'GET', url: '/v1/campaigns?status=completed' })).json(),
      ).toEqual({ data: [], nextCursor: null });
    });

    it('returns campaigns in the same shape as GET /v1/campaigns/{id}', async () => {
      const [first] = (await t.request({ method: 'GET', url: '/v1/campaigns?limit=1' })).json()
        .data;
      expect((await t.request({ method: 'GET', url: `/v1/campaigns/${first.id}` })).json()).toEqual(
        first,
      );
    });

    it.each([
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['limit=abc', 'limit'],
      ['limit=1.5', 'limit'],
      ['status=archived', 'status'],
      ['sort=name', 'sort'],
    ])('refuses ?%s (422)', async (query, field) => {
      const problem = expectProblem(
        await t.request({ method: 'GET', url: `/v1/campaigns?${query}` }),
        422,
        'HTTP.VALIDATION_FAILED',
      );
      expect(fieldsOf(problem)).toContain(field);
    });

    it('refuses a cursor it did not issue (422)', async () => {
      for (const cursor of ['garbage', Buffer.from('{"x":1}').toString('base64url')]) {
        const response = await t.request({ method: 'GET', url: `/v1/campaigns?cursor=${cursor}` });
        expect(fieldsOf(expectProblem(response, 422, 'PAGINATION.INVALID_CURSOR'))).toEqual([
          'cursor',
        ]);
      }
    });

    it('answers 401 without an API key', async () => {
      expect(
        (await t.request({ method: 'GET', url: '/v1/campaigns', headers: { 'x-api-key': '' } }))
          .statusCode,
      ).toBe(401);
    });
  });

  describe('GET /v1/campaigns/{id}/links', () => {
    it('builds the links on the address the request came to when PUBLIC_BASE_URL is not set', async () => {
      const { id } = await create();
      const affiliate = (
        await t.request({
          method: 'POST',
          url: '/v1/affiliates',
          payload: { name: 'P', email: 'p@partners.example' },
        })
      ).json();
      const response = await t.request({
        method: 'GET',
        url: `/v1/campaigns/${id}/links`,
        headers: { host: 'track.example.org' },
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().links).toContainEqual(
        expect.objectContaining({
          affiliateId: affiliate.id,
          url: `http://track.example.org/v1/click?campaign_id=${id}&affiliate_id=${affiliate.id}`,
        }),
      );
    });
  });

  // PostgreSQL cannot store U+0000 in text: such input must be refused as a 4xx, never reach it as a 500.
  describe('text the database cannot store', () => {
    it.each(['name', 'advertiserName', 'offerUrl', 'safePageUrl'])(
      'refuses a NUL character in %s (422)',
      async (field) => {
        const value = field.endsWith('Url')
          ? 'https://offers.example.com/?a=\u0000'
          : 'Acme\u0000VPN';
        const response = await post({ ...validCampaign(), [field]: value });
        expect(response.statusCode, response.body).toBe(422);
        expect(fieldsOf(response.json())).toContain(field);
      },
    );

    it('refuses an id holding a NUL byte on every campaign route (422 on the id)', async () => {
      const routes = [
        ['GET', ''],
        ['PATCH', ''],
        ['POST', '/activate'],
        ['GET', '/links'],
      ] as const;
      for (const [method, suffix] of routes) {
        const response = await t.request({
          method,
          url: `/v1/campaigns/%00${suffix}`,
          ...(method === 'PATCH' ? { payload: { name: 'x' } } : {}),
        });
        expect(response.statusCode, `${method} ${suffix}: ${response.body}`).toBe(422);
        expect(fieldsOf(response.json())).toEqual(['id']);
      }
    });

    it('refuses a cursor whose id holds a NUL byte (422 PAGINATION.INVALID_CURSOR)', async () => {
      const cursor = Buffer.from(JSON.stringify({ id: '\u0000' })).toString('base64url');
      expectProblem(
        await t.request({ method: 'GET', url: `/v1/campaigns?cursor=${cursor}` }),
        422,
        'PAGINATION.INVALID_CURSOR',
      );
    });
  });
});
