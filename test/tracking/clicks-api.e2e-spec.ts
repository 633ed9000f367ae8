import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newClickId } from '../../libs/tracking/src/domain/click-id.js';
import { walkPages } from '../support/list-pages.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  expectRedirect,
  GOOGLEBOT_UA,
  type ClickOptions,
  type TrackingQuery,
  trackingApi,
} from '../support/tracking-api.js';
import { type StoredClick, storedClick, storedClicks } from '../support/tracking-rows.js';

/** GET /v1/click/{id} and GET /v1/clicks: stored clicks read back, filtered and paged. */
const sorted = (ids: string[]) => [...ids].sort();

describe('reading clicks: GET /v1/click/{id} and GET /v1/clicks', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  let campaignA: string;
  let campaignB: string;
  let affiliate: string;
  /** Every click this file made, by name. */
  const c: Record<string, string> = {};
  let all: StoredClick[];

  const clickAt = async (time: string, query: TrackingQuery, options?: ClickOptions) => {
    t.clock.set(new Date(time));
    return expectRedirect(await tracking.click(query, options)).clickId;
  };
  const get = (url: string, headers?: Record<string, string>) =>
    t.request({ method: 'GET', url, headers });
  /** The ids of one page big enough for every click of this file (there is no next page). */
  const listIds = async (query: string) => {
    const response = await get(`/v1/clicks?limit=200&${query}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().nextCursor).toBeNull();
    return (response.json().data as { id: string }[]).map((click) => click.id);
  };
  const idsWhere = (keep: (click: StoredClick) => boolean) =>
    all.filter(keep).map((click) => click.id);

  beforeAll(async () => {
    t = await startTestApp();
    campaignA = await tracking.activeCampaign();
    campaignB = await tracking.activeCampaign();
    affiliate = await tracking.activeAffiliate();
    const A = { campaign_id: campaignA };
    c.us = await clickAt(
      '2026-11-26T09:00:00Z',
      { ...A, affiliate_id: affiliate, sub1: 's1', sub3: 's3', sub5: 's5', external_id: 'v-1' },
      { ip: '8.8.8.8', referer: 'https://blog.example.net/post' },
    );
    c.gb = await clickAt('2026-11-26T09:10:00Z', A, { ip: '81.2.69.142' });
    c.gbAgain = await clickAt('2026-11-26T09:20:00Z', A, { ip: '81.2.69.142' });
    c.bot = await clickAt('2026-11-26T09:30:00Z', A, { userAgent: GOOGLEBOT_UA });
    c.fr = await clickAt(
      '2026-11-26T10:00:00Z',
      { campaign_id: campaignB, affiliate_id: affiliate },
      { ip: '5.135.0.1' },
    );
    // Five clicks in the same millisecond: the id must break the tie in the order and the cursor.
    for (let i = 0; i < 5; i += 1) c[`tie${i}`] = await clickAt('2026-11-26T10:30:00Z', A);
    c.usLater = await clickAt(
      '2026-11-26T11:00:00.250Z',
      { ...A, affiliate_id: affiliate },
      { ip: '8.8.4.4' },
    );
    all = [
      ...(await storedClicks(t, { campaignId: campaignA })),
      ...(await storedClicks(t, { campaignId: campaignB })),
    ];
  });
  afterAll(() => t.close());

  describe('GET /v1/click/{id}', () => {
    it('returns one click with every stored field', async () => {
      for (const id of [c.us, c.bot, c.gbAgain]) {
        const response = await get(`/v1/click/${id}`);
        expect(response.statusCode, response.body).toBe(200);
        expect(response.json()).toEqual(await storedClick(t, id));
      }
      expect((await get(`/v1/click/${c.us}`)).json()).toEqual({
        id: c.us,
        clickedAt: '2026-11-26T09:00:00.000Z',
        campaignId: campaignA,
        affiliateId: affiliate,
        sub1: 's1',
        sub2: null,
        sub3: 's3',
        sub4: null,
        sub5: 's5',
        externalId: 'v-1',
        ip: '8.8.8.8',
        userAgent: expect.stringContaining('Chrome'),
        referrer: 'https://blog.example.net/post',
        country: 'US',
        deviceType: 'desktop',
        os: 'Windows',
        browser: 'Chrome',
        isBot: false,
        isBlocked: false,
        isUnique: true,
        reasons: [],
        destinationKind: 'offer',
        destination: expect.stringContaining(c.us),
      });
      expect((await get(`/v1/click/${c.bot}`)).json()).toMatchObject({
        isBot: true,
        isUnique: false,
        reasons: ['bot_user_agent'],
        destinationKind: 'safe_page',
      });
    });

    it('answers 404 TRACKING.UNKNOWN_CLICK for an absent click or an id that is no click id', async () => {
      const tampered = `${c.us.slice(0, -1)}${c.us.endsWith('A') ? 'B' : 'A'}`;
      for (const id of [
        newClickId(new Date('2026-11-26T09:00:00Z')),
        tampered,
        'not-a-click-id',
        `${c.us}x`,
        '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11',
      ]) {
        expectProblem(await get(`/v1/click/${id}`), 404, 'TRACKING.UNKNOWN_CLICK');
      }
    });

    it('needs an API key, like every route but the visitor ones', async () => {
      expect((await get(`/v1/click/${c.us}`, { 'x-api-key': '' })).statusCode).toBe(401);
      expect((await get('/v1/clicks', { 'x-api-key': '' })).statusCode).toBe(401);
    });

    it('leaves the public redirect GET /v1/click as it was', async () => {
      t.clock.set(new Date('2026-11-26T12:00:00Z'));
      const response = await tracking.click({ campaign_id: campaignB });
      const { clickId } = expectRedirect(response);
      expect((await get(`/v1/click/${clickId}`)).json()).toMatchObject({ campaignId: campaignB });
      const missing = await get('/v1/click', { 'x-api-key': '' });
      expect(fieldsOf(expectProblem(missing, 422, 'TRACKING.INVALID_CLICK'))).toEqual([
        'campaign_id',
      ]);
      all.push(await storedClick(t, clickId));
    });
  });

  describe('GET /v1/clicks', () => {
    it('lists every click newest first, by time then id', async () => {
      const ids = await listIds('');
      expect(sorted(ids)).toEqual(sorted(all.map((click) => click.id)));
      const times = ids.map((id) => all.find((click) => click.id === id)!.clickedAt);
      expect(times).toEqual([...times].sort().reverse());
      expect(ids.slice(-2)).toEqual([c.gb, c.us]);
    });

    it('filters by campaign and by affiliate', async () => {
      expect(sorted(await listIds(`campaignId=${campaignB}`))).toEqual(
        sorted(idsWhere((click) => click.campaignId === campaignB)),
      );
      expect(sorted(await listIds(`affiliateId=${affiliate}`))).toEqual(
        sorted([c.us, c.fr, c.usLater]),
      );
      expect(await listIds(`campaignId=${campaignB}&affiliateId=${affiliate}`)).toEqual([c.fr]);
      expect(await listIds('campaignId=01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11')).toEqual([]);
    });

    it('filters by time: from inclusive, to exclusive, offsets honoured', async () => {
      const window = [c.bot, c.gbAgain, c.gb];
      expect(await listIds('from=2026-11-26T09:10:00Z&to=2026-11-26T10:00:00Z')).toEqual(window);
      const withOffsets = 'from=2026-11-26T11:10:00%2B02:00&to=2026-11-26T05:00:00-05:00';
      expect(await listIds(withOffsets)).toEqual(window);
      expect(await listIds('from=2026-11-26T11:00:00.250Z')).toEqual(
        idsWhere((click) => click.clickedAt >= '2026-11-26T11:00:00.250Z').reverse(),
      );
      expect(await listIds('to=2026-11-26T09:10:00Z')).toEqual([c.us]);
    });

    it('filters bots, unique clicks and countries', async () => {
      expect(await listIds('bot=true')).toEqual([c.bot]);
      expect(sorted(await listIds('bot=false'))).toEqual(sorted(idsWhere((x) => !x.isBot)));
      expect(sorted(await listIds('unique=false'))).toEqual(sorted([c.gbAgain, c.bot]));
      expect(sorted(await listIds('unique=true'))).toEqual(sorted(idsWhere((x) => x.isUnique)));
      expect(await listIds('country=US')).toEqual([c.usLater, c.us]);
      expect(await listIds('country=gb')).toEqual([c.gbAgain, c.gb]);
      expect(await listIds(`country=GB&unique=true&campaignId=${campaignA}`)).toEqual([c.gb]);
    });

    it('refuses invalid filters with a 422 naming each field', async () => {
      const cases: [string, string[]][] = [
        ['from=2026-11-26T09:00:00', ['from']],
        ['from=yesterday&to=2026-11-26', ['from', 'to']],
        ['from=2026-11-26T10:00:00Z&to=2026-11-26T09:00:00Z', ['to']],
        ['from=2026-11-26T10:00:00Z&to=2026-11-26T10:00:00Z', ['to']],
        ['bot=yes&unique=1', ['bot', 'unique']],
        // Week and ordinal dates were once accepted and then ignored: every click came back.
        ['from=2026-001T00:00:00Z', ['from']],
        ['to=2026-W48-4T00:00:00Z', ['to']],
        ['country=USA', ['country']],
        ['country=XX', ['country']],
        ['limit=0', ['limit']],
        [`campaignId=${'x'.repeat(65)}`, ['campaignId']],
      ];
      for (const [query, fields] of cases) {
        const body = expectProblem(await get(`/v1/clicks?${query}`), 422, 'HTTP.VALIDATION_FAILED');
        expect([...new Set(fieldsOf(body))], query).toEqual(fields);
      }
    });

    it('pages through every click without duplicates or gaps, ties in one millisecond included', async () => {
      const everything = await listIds('');
      for (const limit of [1, 2, 3, 5]) {
        const walk = await walkPages(t, '/v1/clicks', `limit=${limit}`);
        expect(walk.ids, `limit=${limit}`).toEqual(everything);
        expect(walk.pages.every((page) => page.length <= limit)).toBe(true);
      }
      const filtered = await walkPages(
        t,
        '/v1/clicks',
        `limit=2&campaignId=${campaignA}&bot=false`,
      );
      expect(filtered.ids).toEqual(await listIds(`campaignId=${campaignA}&bot=false`));
      expect(filtered.pages).toHaveLength(Math.ceil(filtered.ids.length / 2));
    });

    it('refuses a damaged cursor with a 422 on the cursor field', async () => {
      const first = (await get('/v1/clicks?limit=2')).json();
      const cursor: string = first.nextCursor;
      const json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      for (const bad of [
        'zzz',
        cursor.slice(0, -4),
        `${cursor}AA`,
        json({ id: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11' }),
        json({ at: 'soon', id: c.us }),
        json({ at: '2026-11-26T09:00:00.000Z', id: 'short' }),
      ]) {
        const response = await get(`/v1/clicks?limit=2&cursor=${encodeURIComponent(bad)}`);
        expect(fieldsOf(expectProblem(response, 422, 'PAGINATION.INVALID_CURSOR')), bad).toEqual([
          'cursor',
        ]);
      }
    });
  });
});
