import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { affiliatesApi } from '../support/affiliates-api.js';
import { MISSING_ID } from '../support/campaigns-api.js';
import { walkPages } from '../support/list-pages.js';
import { outboxEvents } from '../support/outbox-events.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Affiliates: registration, reads and lists. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('affiliates API', () => {
  let t: TestApp;
  const { post, register, suspend } = affiliatesApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('POST /v1/affiliates', () => {
    it('registers an active affiliate and answers 201 with it', async () => {
      const response = await post({
        name: ' Traffic Partners Ltd ',
        email: 'Ops@TrafficPartners.Example',
        postbackUrl: 'https://trafficpartners.example/pb',
      });
      expect(response.statusCode, response.body).toBe(201);
      const affiliate = response.json();
      expect(affiliate).toEqual({
        id: expect.stringMatching(UUID),
        name: 'Traffic Partners Ltd',
        email: 'ops@trafficpartners.example',
        status: 'active',
        postbackUrl: 'https://trafficpartners.example/pb',
        createdAt: '2026-11-26T09:00:00.000Z',
        updatedAt: '2026-11-26T09:00:00.000Z',
      });
      expect(
        (await t.request({ method: 'GET', url: `/v1/affiliates/${affiliate.id}` })).json(),
      ).toEqual(affiliate);
    });

    it('has no postback URL when none is given', async () => {
      expect((await register()).postbackUrl).toBeNull();
      expect((await register({ postbackUrl: null })).postbackUrl).toBeNull();
    });

    it('refuses an email already in use, whatever its case (409 CAMPAIGNS.AFFILIATE_EMAIL_TAKEN)', async () => {
      await register({ email: 'taken@partners.example' });
      for (const email of [
        'taken@partners.example',
        'TAKEN@Partners.Example',
        ' taken@partners.example ',
      ]) {
        expectProblem(
          await post({ name: 'Copycat', email }),
          409,
          'CAMPAIGNS.AFFILIATE_EMAIL_TAKEN',
        );
      }
      const all = (await t.request({ method: 'GET', url: '/v1/affiliates?limit=200' })).json().data;
      expect(
        all.filter((a: { email: string }) => a.email === 'taken@partners.example'),
      ).toHaveLength(1);
    });

    it('reports every broken business rule at once (422 CAMPAIGNS.INVALID_AFFILIATE)', async () => {
      const problem = expectProblem(
        await post({ name: '  ', email: 'not-an-email', postbackUrl: 'ftp://x.example/pb' }),
        422,
        'CAMPAIGNS.INVALID_AFFILIATE',
      );
      expect(fieldsOf(problem)).toEqual(['name', 'email', 'postbackUrl']);
    });

    it.each([
      ['missing name and email', {}, ['name', 'email']],
      [
        'an email over 254 characters',
        { name: 'A', email: `${'a'.repeat(250)}@example.com` },
        ['email'],
      ],
      [
        'a name over 200 characters',
        { name: 'x'.repeat(201), email: 'long@partners.example' },
        ['name'],
      ],
      [
        'a status (affiliates start active)',
        { name: 'A', email: 'status@partners.example', status: 'suspended' },
        ['status'],
      ],
      [
        'an unknown field',
        { name: 'A', email: 'unknown@partners.example', phone: '555' },
        ['phone'],
      ],
      ['a non-string email', { name: 'A', email: 42 }, ['email']],
    ])('refuses %s (422 HTTP.VALIDATION_FAILED)', async (_rule, body, fields) => {
      const problem = expectProblem(await post(body), 422, 'HTTP.VALIDATION_FAILED');
      expect([...new Set(fieldsOf(problem))].sort()).toEqual([...fields].sort());
    });

    it('answers 400 to malformed JSON, 415 to another content type and 422 to a body that is not an object', async () => {
      const raw = (payload: string, type = 'application/json') =>
        t.request({
          method: 'POST',
          url: '/v1/affiliates',
          payload,
          headers: { 'content-type': type },
        });
      expectProblem(await raw('{"name": "A", "email": '), 400, 'HTTP.MALFORMED_JSON');
      expectProblem(await raw('name=A', 'text/plain'), 415, 'HTTP.UNSUPPORTED_MEDIA_TYPE');
      expectProblem(await raw('[{"name":"A"}]'), 422, 'HTTP.VALIDATION_FAILED');
    });

    it('answers 401 without an API key', async () => {
      const response = await t.request({
        method: 'POST',
        url: '/v1/affiliates',
        payload: { name: 'A', email: 'nokey@partners.example' },
        headers: { 'x-api-key': '' },
      });
      expect(response.statusCode).toBe(401);
      expect((await post({ name: 'A', email: 'nokey@partners.example' })).statusCode).toBe(201);
    });

    it('writes an AffiliateRegistered event to the outbox', async () => {
      const { id } = await register();
      const events = (await outboxEvents(t)).filter((row) => row.payload.affiliateId === id);
      expect(events).toEqual([
        { type: 'campaigns.affiliate-registered', payload: { affiliateId: id } },
      ]);
    });
  });

  // PostgreSQL cannot store U+0000 in text: such input must be refused as a 4xx, never reach it as a 500.
  describe('text the database cannot store', () => {
    it.each([
      ['name', { name: 'Traffic\u0000Partners', email: 'nul1@partners.example' }],
      [
        'postbackUrl',
        {
          name: 'A',
          email: 'nul2@partners.example',
          postbackUrl: 'https://partners.example/pb?x=\u0000',
        },
      ],
    ])('refuses a NUL character in %s (422)', async (field, body) => {
      const response = await post(body);
      expect(response.statusCode, response.body).toBe(422);
      expect(fieldsOf(response.json())).toContain(field);
    });

    it('refuses an id holding a NUL byte as invalid input (422 on the id)', async () => {
      const response = await t.request({ method: 'GET', url: '/v1/affiliates/%00' });
      expect(response.statusCode, response.body).toBe(422);
      expect(fieldsOf(response.json())).toEqual(['id']);
    });
  });

  describe('GET /v1/affiliates/{id}', () => {
    it('answers 404 CAMPAIGNS.AFFILIATE_NOT_FOUND for an unknown id', async () => {
      expectProblem(
        await t.request({ method: 'GET', url: `/v1/affiliates/${MISSING_ID}` }),
        404,
        'CAMPAIGNS.AFFILIATE_NOT_FOUND',
      );
    });

    it('answers 401 without an API key', async () => {
      const { id } = await register();
      expect(
        (
          await t.request({
            method: 'GET',
            url: `/v1/affiliates/${id}`,
            headers: { 'x-api-key': '' },
          })
        ).statusCode,
      ).toBe(401);
    });
  });

  describe('GET /v1/affiliates', () => {
    let suspendedIds: string[];

    /** Every id from the first page on, following nextCursor. */
    const walk = (query: string) => walkPages(t, '/v1/affiliates', query);

    beforeAll(async () => {
      const registered = [];
      for (let i = 0; i < 5; i += 1) registered.push(await register());
      suspendedIds = [registered[1].id, registered[3].id];
      for (const id of suspendedIds) await suspend(id);
    });

    it('lists affiliates newest first, a page at a time, with no duplicates or omissions', async () => {
      const all = (await t.request({ method: 'GET', url: '/v1/affiliates?limit=200' })).json();
      const allIds: string[] = all.data.map((a: { id: string }) => a.id);
      expect(all.nextCursor).toBeNull();
      expect(allIds).toEqual([...allIds].sort().reverse());
      const { pages, ids } = await walk('limit=3');
      expect(ids).toEqual(allIds);
      expect(new Set(ids).size).toBe(ids.length);
      expect(pages.slice(0, -1).every((page) => page.length === 3)).toBe(true);
    });

    it('filters by status, across pages', async () => {
      const suspended = await walk('status=suspended&limit=1');
      expect([...suspended.ids].sort()).toEqual([...suspendedIds].sort());
      expect(suspended.pages.flat().every((a) => a.status === 'suspended')).toBe(true);
      const active = await walk('status=active&limit=2');
      expect(active.pages.flat().every((a) => a.status === 'active')).toBe(true);
      const all = (await t.request({ method: 'GET', url: '/v1/affiliates?limit=200' })).json().data;
      expect(active.ids.length + suspended.ids.length).toBe(all.length);
    });

    it.each([['limit=0'], ['limit=500'], ['status=banned'], ['cursor=%25%25%25']])(
      'refuses ?%s (422)',
      async (query) => {
        const response = await t.request({ method: 'GET', url: `/v1/affiliates?${query}` });
        expect(response.statusCode, response.body).toBe(422);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      },
    );

    it('answers 401 without an API key', async () => {
      expect(
        (await t.request({ method: 'GET', url: '/v1/affiliates', headers: { 'x-api-key': '' } }))
          .statusCode,
      ).toBe(401);
    });
  });
});
