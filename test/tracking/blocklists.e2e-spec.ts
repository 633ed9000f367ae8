import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkPages } from '../support/list-pages.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, SAFE_PAGE_URL, trackingApi } from '../support/tracking-api.js';

/** The block list API: normalised entries, one per rule, listed newest first, removable. */
const PATH = '/v1/tracking/blocklists';

describe('block lists API /v1/tracking/blocklists', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const post = (payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: PATH, payload });
  const list = async (query = '') => {
    const response = await t.request({ method: 'GET', url: `${PATH}?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { data: { id: string; kind: string; value: string }[] };
  };

  describe('POST', () => {
    it('answers 201 with the entry as stored', async () => {
      const response = await post({ kind: 'ip', value: '10.1.2.3/8', note: 'Click farm' });
      expect(response.statusCode, response.body).toBe(201);
      const entry = response.json();
      expect(entry).toEqual({
        id: expect.any(String),
        kind: 'ip',
        value: '10.0.0.0/8',
        note: 'Click farm',
        createdAt: t.clock.now().toISOString(),
      });
      expect((await list('kind=ip')).data).toContainEqual(entry);
    });

    it.each([
      ['ip', ' 203.0.113.9 ', '203.0.113.9'],
      ['ip', '203.0.113.99/32', '203.0.113.99'],
      ['ip', '203.0.113.77/24', '203.0.113.0/24'],
      ['ip', '2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
      ['ip', '2001:db8::ff/128', '2001:db8::ff'],
      ['ip', '2001:db8:abcd:12::1/48', '2001:db8:abcd::/48'],
      ['ip', '::ffff:192.0.2.1', '192.0.2.1'],
      ['ip', '::ffff:192.0.2.0/120', '192.0.2.0/24'],
      ['referrer_domain', 'Example.COM.', 'example.com'],
      ['referrer_domain', ' Spam.Example ', 'spam.example'],
      ['referrer_domain', 'bücher.example', 'xn--bcher-kva.example'],
    ])('normalises %s %j to %j', async (kind, value, normalised) => {
      const response = await post({ kind, value });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({ kind, value: normalised, note: null });
    });

    it('refuses a second spelling of a blocked rule with 409 TRACKING.DUPLICATE_BLOCKLIST_ENTRY', async () => {
      expect((await post({ kind: 'ip', value: '100.64.0.0/10' })).statusCode).toBe(201);
      expectProblem(
        await post({ kind: 'ip', value: '100.64.1.2/10' }),
        409,
        'TRACKING.DUPLICATE_BLOCKLIST_ENTRY',
      );
      expect((await post({ kind: 'referrer_domain', value: 'dupe.example' })).statusCode).toBe(201);
      expectProblem(
        await post({ kind: 'referrer_domain', value: 'DUPE.example.' }),
        409,
        'TRACKING.DUPLICATE_BLOCKLIST_ENTRY',
      );
    });

    it('lets exactly one of two concurrent requests for the same rule succeed', async () => {
      const responses = await Promise.all([
        post({ kind: 'ip', value: '192.88.99.40' }),
        post({ kind: 'ip', value: '192.88.99.40/32' }),
      ]);
      expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
      const conflict = responses.find((response) => response.statusCode === 409)!;
      expectProblem(conflict, 409, 'TRACKING.DUPLICATE_BLOCKLIST_ENTRY');
    });

    it.each([
      ['ip', 'not-an-ip'],
      ['ip', '256.1.1.1'],
      ['ip', '10.0.0.0/33'],
      ['ip', '2001:db8::/129'],
      ['ip', '10.0.0.0/'],
      ['ip', 'fe80::1%eth0'],
      ['ip', ''],
      ['referrer_domain', 'https://spam.example/path'],
      ['referrer_domain', 'spam.example:8080'],
      ['referrer_domain', 'user@spam.example'],
      ['referrer_domain', '203.0.113.9'],
      ['referrer_domain', 'spam..example'],
      ['referrer_domain', '-spam.example'],
      ['referrer_domain', 'spam example'],
    ])(
      'refuses the %s value %j with 422 TRACKING.INVALID_BLOCKLIST_ENTRY on value',
      async (kind, value) => {
        const body = expectProblem(
          await post({ kind, value }),
          422,
          'TRACKING.INVALID_BLOCKLIST_ENTRY',
        );
        expect(fieldsOf(body)).toEqual(['value']);
      },
    );

    it('refuses an unknown kind, a missing value and unknown fields with 422', async () => {
      expect(
        fieldsOf(
          expectProblem(
            await post({ kind: 'country', value: 'US' }),
            422,
            'HTTP.VALIDATION_FAILED',
          ),
        ),
      ).toContain('kind');
      expect(
        fieldsOf(expectProblem(await post({ kind: 'ip' }), 422, 'HTTP.VALIDATION_FAILED')),
      ).toContain('value');
      expect(
        fieldsOf(
          expectProblem(
            await post({ kind: 'ip', value: '192.0.2.50', extra: 1 }),
            422,
            'HTTP.VALIDATION_FAILED',
          ),
        ),
      ).toContain('extra');
    });
  });

  describe('GET', () => {
    it('lists only the entries of the kind asked for, newest first', async () => {
      const created: string[] = [];
      for (const value of ['a.list.example', 'b.list.example', 'c.list.example']) {
        created.push((await tracking.block('referrer_domain', value)).id);
      }
      await tracking.block('ip', '198.18.0.0/15');
      const domains = (await list('kind=referrer_domain&limit=200')).data;
      expect(domains.every((entry) => entry.kind === 'referrer_domain')).toBe(true);
      const ours = domains.filter((entry) => created.includes(entry.id)).map((entry) => entry.id);
      expect(ours).toEqual([...created].reverse());
      const ips = (await list('kind=ip&limit=200')).data;
      expect(ips.every((entry) => entry.kind === 'ip')).toBe(true);
      expect(ips.map((entry) => entry.value)).toContain('198.18.0.0/15');
    });

    it('pages through every entry with the cursor, each exactly once', async () => {
      for (let i = 0; i < 5; i += 1) await tracking.block('ip', `198.51.${i}.0/24`);
      const all = (await list('limit=200')).data.map((entry) => entry.id);
      expect(all.length).toBeGreaterThan(5);
      const walk = await walkPages(t, PATH, 'limit=2');
      expect(walk.pages.every((page) => page.length <= 2)).toBe(true);
      expect(walk.ids).toEqual(all);

      const ipWalk = await walkPages(t, PATH, 'kind=ip&limit=3');
      expect(ipWalk.ids).toEqual((await list('kind=ip&limit=200')).data.map((entry) => entry.id));
    });

    it('refuses a bad kind filter or a cursor it did not issue with 422', async () => {
      expect((await t.request({ method: 'GET', url: `${PATH}?kind=asn` })).statusCode).toBe(422);
      expectProblem(
        await t.request({ method: 'GET', url: `${PATH}?cursor=bogus` }),
        422,
        'PAGINATION.INVALID_CURSOR',
      );
    });
  });

  describe('DELETE', () => {
    it('answers 204, and the blocked address reaches the offer again', async () => {
      const campaign_id = await tracking.activeCampaign();
      const ip = '192.88.99.10';
      const entry = await tracking.block('ip', ip);
      expect(expectRedirect(await tracking.click({ campaign_id }, { ip })).location).toBe(
        SAFE_PAGE_URL,
      );
      const response = await t.request({ method: 'DELETE', url: `${PATH}/${entry.id}` });
      expect(response.statusCode, response.body).toBe(204);
      expect(response.body).toBe('');
      expect((await list('limit=200')).data.map((row) => row.id)).not.toContain(entry.id);
      const { location } = expectRedirect(await tracking.click({ campaign_id }, { ip }));
      expect(new URL(location).origin).toBe('https://offers.example.com');
      // The same rule can be added again once removed.
      expect((await post({ kind: 'ip', value: ip })).statusCode).toBe(201);
    });

    it('answers 404 TRACKING.BLOCKLIST_ENTRY_NOT_FOUND for an unknown or already removed entry', async () => {
      const entry = await tracking.block('ip', '192.88.99.30');
      await tracking.unblock(entry.id);
      for (const id of [
        entry.id,
        '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11',
        'not-an-id',
        'x'.repeat(100),
      ]) {
        expectProblem(
          await t.request({ method: 'DELETE', url: `${PATH}/${id}` }),
          404,
          'TRACKING.BLOCKLIST_ENTRY_NOT_FOUND',
        );
      }
    });
  });

  it('answers 401 without an API key, and changes nothing', async () => {
    const entry = await tracking.block('ip', '192.88.99.20');
    const before = (await list('limit=200')).data;
    const noKey = { 'x-api-key': '' };
    for (const request of [
      { method: 'GET' as const, url: PATH },
      { method: 'POST' as const, url: PATH, payload: { kind: 'ip', value: '192.88.99.21' } },
      { method: 'DELETE' as const, url: `${PATH}/${entry.id}` },
    ]) {
      const response = await t.request({ ...request, headers: noKey });
      expect(response.statusCode, `${request.method} ${response.body}`).toBe(401);
      expect(response.json()).toMatchObject({ code: 'AUTH.API_KEY_MISSING' });
    }
    expect((await list('limit=200')).data).toEqual(before);
  });
});
