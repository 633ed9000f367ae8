import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignsApi, MISSING_ID, validCampaign } from '../support/campaigns-api.js';
import { outboxEvents } from '../support/outbox-events.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The status workflow over HTTP, and the outbox rows every change writes. */
const HOUR = 3_600_000;

describe('campaigns API: status workflow and outbox', () => {
  let t: TestApp;
  const { create, get, patch, move, campaignIn } = campaignsApi(() => t);
  /** The outbox rows of one campaign, oldest first. */
  const outboxOf = async (campaignId: string) =>
    (await outboxEvents(t)).filter((row) => row.payload.campaignId === campaignId);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('POST /v1/campaigns/{id}/activate|pause|complete', () => {
    const WORKFLOW: Record<string, Record<string, string | null>> = {
      draft: { activate: 'active', pause: null, complete: null },
      active: { activate: null, pause: 'paused', complete: 'completed' },
      paused: { activate: 'active', pause: null, complete: 'completed' },
      completed: { activate: null, pause: null, complete: null },
    };
    const cases = Object.entries(WORKFLOW).flatMap(([from, actions]) =>
      Object.entries(actions).map(([action, to]) => ({ from, action, to })),
    );

    it.each(cases.filter((c) => c.to))(
      'lets $action move a $from campaign to $to (200 with the campaign)',
      async ({ from, action, to }) => {
        const id = await campaignIn(from);
        const before = await get(id);
        t.clock.advance(HOUR);
        const response = await move(id, action);
        expect(response.statusCode, response.body).toBe(200);
        expect(response.json()).toEqual({
          ...before,
          status: to,
          updatedAt: t.clock.now().toISOString(),
        });
        expect(await get(id)).toEqual(response.json());
      },
    );

    it.each(cases.filter((c) => !c.to))(
      'refuses to $action a $from campaign (409 CAMPAIGNS.INVALID_TRANSITION)',
      async ({ from, action }) => {
        const id = await campaignIn(from);
        const before = await get(id);
        expectProblem(await move(id, action), 409, 'CAMPAIGNS.INVALID_TRANSITION');
        expect(await get(id)).toEqual(before);
      },
    );

    it('answers 404 for an unknown campaign', async () => {
      for (const action of ['activate', 'pause', 'complete']) {
        expectProblem(await move(MISSING_ID, action), 404, 'CAMPAIGNS.CAMPAIGN_NOT_FOUND');
      }
    });

    it('answers 401 without an API key', async () => {
      const { id } = await create();
      const response = await t.request({
        method: 'POST',
        url: `/v1/campaigns/${id}/activate`,
        headers: { 'x-api-key': '' },
      });
      expect(response.statusCode).toBe(401);
      expect((await get(id)).status).toBe('draft');
    });

    it('refuses to activate a campaign whose schedule has ended (409 CAMPAIGNS.SCHEDULE_ENDED) until it is moved', async () => {
      const now = t.clock.now();
      const endsAt = new Date(now.getTime() + HOUR).toISOString();
      const { id } = await create({ schedule: { startsAt: null, endsAt } });
      t.clock.advance(HOUR);
      expectProblem(await move(id, 'activate'), 409, 'CAMPAIGNS.SCHEDULE_ENDED');
      expect((await get(id)).status).toBe('draft');

      const later = new Date(t.clock.now().getTime() + 24 * HOUR).toISOString();
      expect((await patch(id, { schedule: { endsAt: later } })).statusCode).toBe(200);
      expect((await move(id, 'activate')).json().status).toBe('active');
    });

    it('refuses to resume a paused campaign whose schedule ended while it was paused', async () => {
      const endsAt = new Date(t.clock.now().getTime() + 2 * HOUR).toISOString();
      const { id } = await create({ schedule: { endsAt } });
      expect((await move(id, 'activate')).statusCode).toBe(200);
      expect((await move(id, 'pause')).statusCode).toBe(200);
      t.clock.advance(3 * HOUR);
      expectProblem(await move(id, 'activate'), 409, 'CAMPAIGNS.SCHEDULE_ENDED');
      expect((await move(id, 'complete')).json().status).toBe('completed');
    });
  });

  describe('outbox events', () => {
    it('writes one event for the creation, each change and each status move, and none for refused requests', async () => {
      const { id, name } = await create();
      expect(await outboxOf(id)).toEqual([
        { type: 'campaigns.campaign-created', payload: { campaignId: id, name } },
      ]);

      expect(
        (
          await patch(id, {
            offerUrl: 'https://offers.example.com/v2?c={click_id}',
            targeting: null,
          })
        ).statusCode,
      ).toBe(200);
      expect((await patch(id, { budget: { total: 1, daily: 2 } })).statusCode).toBe(422);
      expect((await patch(id, { unknown: true })).statusCode).toBe(422);
      expect((await move(id, 'activate')).statusCode).toBe(200);
      expect((await move(id, 'activate')).statusCode).toBe(409);
      expect((await move(id, 'pause')).statusCode).toBe(200);
      expect((await move(id, 'complete')).statusCode).toBe(200);
      expect((await patch(id, { name: 'late' })).statusCode).toBe(409);

      expect(await outboxOf(id)).toEqual([
        { type: 'campaigns.campaign-created', payload: { campaignId: id, name } },
        {
          type: 'campaigns.campaign-updated',
          payload: { campaignId: id, changedFields: ['offerUrl', 'targeting'] },
        },
        {
          type: 'campaigns.campaign-status-changed',
          payload: { campaignId: id, from: 'draft', to: 'active' },
        },
        {
          type: 'campaigns.campaign-status-changed',
          payload: { campaignId: id, from: 'active', to: 'paused' },
        },
        {
          type: 'campaigns.campaign-status-changed',
          payload: { campaignId: id, from: 'paused', to: 'completed' },
        },
      ]);
    });

    it('writes no event for an empty PATCH', async () => {
      const { id } = await create();
      const response = await patch(id, {});
      expect(response.statusCode, response.body).toBe(200);
      expect((await outboxOf(id)).map((row) => row.type)).toEqual(['campaigns.campaign-created']);
    });

    it('writes nothing for a refused creation', async () => {
      const rows = async () => (await t.dataSource.query('SELECT id FROM outbox_events')).length;
      const before = await rows();
      expect(
        (
          await t.request({
            method: 'POST',
            url: '/v1/campaigns',
            payload: { ...validCampaign(), name: '' },
          })
        ).statusCode,
      ).toBe(422);
      expect(await rows()).toBe(before);
    });
  });
});
