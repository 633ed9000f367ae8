import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignsApi, MISSING_ID, validCampaign } from '../support/campaigns-api.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('advertisers', () => {
  let t: TestApp;
  const campaigns = campaignsApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const post = (payload: Record<string, unknown>) =>
    t.request({ method: 'POST', url: '/v1/advertisers', payload });

  it('registers an advertiser under its trimmed name and reads it back', async () => {
    const created = await post({ name: '  Northwind Travel ' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toEqual({
      id: expect.any(String),
      name: 'Northwind Travel',
      createdAt: '2026-11-26T09:00:00.000Z',
    });
    const read = await t.request({ method: 'GET', url: `/v1/advertisers/${created.json().id}` });
    expect(read.json()).toEqual(created.json());
  });

  it('refuses a second advertiser of the same name with 409', async () => {
    expect((await post({ name: 'Contoso' })).statusCode).toBe(201);
    expectProblem(await post({ name: 'Contoso' }), 409, 'CAMPAIGNS.ADVERTISER_NAME_TAKEN');
  });

  it('refuses an empty name and unknown fields with 422', async () => {
    const blank = expectProblem(await post({ name: '   ' }), 422, 'CAMPAIGNS.INVALID_ADVERTISER');
    expect(fieldsOf(blank)).toEqual(['name']);
    const extra = expectProblem(
      await post({ name: 'Fabrikam', budget: 10 }),
      422,
      'HTTP.VALIDATION_FAILED',
    );
    expect(fieldsOf(extra)).toEqual(['budget']);
  });

  it('answers 404 for an advertiser that does not exist', async () => {
    expectProblem(
      await t.request({ method: 'GET', url: `/v1/advertisers/${MISSING_ID}` }),
      404,
      'CAMPAIGNS.ADVERTISER_NOT_FOUND',
    );
  });

  it('lists advertisers newest first, a page at a time', async () => {
    for (const name of ['Page A', 'Page B', 'Page C']) await post({ name });
    const first = await t.request({ method: 'GET', url: '/v1/advertisers?limit=2' });
    expect(first.json().data.map((a: { name: string }) => a.name)).toEqual(['Page C', 'Page B']);
    const next = await t.request({
      method: 'GET',
      url: `/v1/advertisers?limit=2&cursor=${first.json().nextCursor}`,
    });
    expect(next.json().data[0].name).toBe('Page A');
  });

  it('is named by campaigns, which may move to another but not drop it, keeping their advertiserName', async () => {
    const a = (await post({ name: 'Advertiser One' })).json();
    const b = (await post({ name: 'Advertiser Two' })).json();
    const { advertiserName: _dropped, ...withoutName } = validCampaign();
    const created = await campaigns.post({ ...withoutName, advertiserId: a.id });
    expect(created.statusCode, created.body).toBe(201);
    const campaign = created.json();
    expect(campaign).toMatchObject({ advertiserId: a.id, advertiserName: 'Advertiser One' });

    const moved = await campaigns.patch(campaign.id, { advertiserId: b.id });
    expect(moved.json()).toMatchObject({ advertiserId: b.id, advertiserName: 'Advertiser One' });
    // Every campaign belongs to an advertiser, whose postback credentials record it (it was
    // possible to drop it before per-advertiser postback credentials).
    const dropped = expectProblem(
      await campaigns.patch(campaign.id, { advertiserId: null }),
      422,
      'CAMPAIGNS.INVALID_CAMPAIGN',
    );
    expect(fieldsOf(dropped)).toEqual(['advertiserId']);

    const unknown = expectProblem(
      await campaigns.patch(campaign.id, { advertiserId: MISSING_ID }),
      422,
      'CAMPAIGNS.UNKNOWN_ADVERTISER',
    );
    expect(fieldsOf(unknown)).toEqual(['advertiserId']);
    expect((await campaigns.get(campaign.id)).advertiserId).toBe(b.id);
  });

  it('still needs an advertiserName when no advertiserId is given', async () => {
    const { advertiserName: _dropped, ...withoutName } = validCampaign();
    const problem = expectProblem(await campaigns.post(withoutName), 422, 'HTTP.VALIDATION_FAILED');
    expect([...new Set(fieldsOf(problem))]).toEqual(['advertiserName']);
  });
});
