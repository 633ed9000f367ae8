import { QueryBus } from '@nestjs/cqrs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GetRealtimeQuery } from '@app/analytics';
import { STRONG_CONTACT, leadsApi } from '../support/leads-api.js';
import { postbackApi } from '../support/postback-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';
import { trackingApi } from '../support/tracking-api.js';

const NOW = new Date('2026-11-26T09:41:27Z');
const minutesAgo = (minutes: number, seconds = 10) =>
  new Date(Date.parse('2026-11-26T09:41:00Z') - minutes * 60_000 + seconds * 1000);

/** GET /v1/analytics/realtime and its event stream, with the clock under the test's control. */
describe(`real-time analytics (${testDialect()})`, () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const leads = leadsApi(() => t);

  beforeAll(async () => {
    t = await startTestApp({ now: NOW });
    const campaign_id = await tracking.activeCampaign({ budget: null });
    const token = await postbackApi(() => t).tokenOfCampaign(campaign_id);
    const affiliate_id = await tracking.activeAffiliate();
    // Clicks 61 minutes ago (outside the window), 30 minutes ago (two) and in the current minute.
    const clickIds: string[] = [];
    for (const at of [minutesAgo(61), minutesAgo(30), minutesAgo(30, 40), minutesAgo(0, 5)]) {
      t.clock.set(at);
      const response = await tracking.click({ campaign_id, affiliate_id });
      clickIds.push(String(response.headers['x-click-id']));
    }
    t.clock.set(minutesAgo(3));
    for (const [txid, revenue] of [
      ['A', '10.10'],
      ['B', '0.20'],
    ]) {
      const response = await t.request({
        method: 'GET',
        url: `/v1/postback?${new URLSearchParams({ token, click_id: clickIds[1], txid, revenue })}`,
        headers: { 'x-api-key': '' },
      });
      expect(response.statusCode, response.body).toBe(200);
    }
    t.clock.set(minutesAgo(10));
    await leads.accepted({ form_id: 'contact', ...STRONG_CONTACT });
    t.clock.set(NOW);
  }, 60_000);
  afterAll(() => t.close());

  it('answers the last 60 minutes by minute, zero-filled, with the last 5 minutes summed', async () => {
    const response = await t.request({ method: 'GET', url: '/v1/analytics/realtime' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect([body.asOf, body.from, body.to]).toEqual([
      '2026-11-26T09:41:27.000Z',
      '2026-11-26T08:42:00.000Z',
      '2026-11-26T09:42:00.000Z',
    ]);
    expect(body.minutes).toHaveLength(60);
    const quiet = { clicks: 0, conversions: 0, leads: 0, revenue: [] };
    const busy = new Map([
      ['2026-11-26T09:11:00.000Z', { ...quiet, clicks: 2 }],
      ['2026-11-26T09:31:00.000Z', { ...quiet, leads: 1 }],
      [
        '2026-11-26T09:38:00.000Z',
        { ...quiet, conversions: 2, revenue: [{ currency: 'USD', amount: 10.3 }] },
      ],
      ['2026-11-26T09:41:00.000Z', { ...quiet, clicks: 1 }],
    ]);
    body.minutes.forEach((minute: { minute: string }, index: number) => {
      expect(minute.minute).toBe(new Date(Date.parse(body.from) + index * 60_000).toISOString());
      expect(minute).toEqual({ minute: minute.minute, ...(busy.get(minute.minute) ?? quiet) });
    });
    expect(body.last5Minutes).toEqual({
      clicks: 1,
      conversions: 2,
      leads: 0,
      revenue: [{ currency: 'USD', amount: 10.3 }],
    });
    expect(body.last60Minutes).toEqual({
      clicks: 3,
      conversions: 2,
      leads: 1,
      revenue: [{ currency: 'USD', amount: 10.3 }],
    });
  });

  it('moves the window with the clock', async () => {
    t.clock.set(new Date('2026-11-26T10:12:00Z'));
    const body = (await t.request({ method: 'GET', url: '/v1/analytics/realtime' })).json();
    expect(body.last60Minutes).toMatchObject({ clicks: 1, conversions: 2, leads: 1 });
    expect(body.last5Minutes).toMatchObject({ clicks: 0, conversions: 0, leads: 0 });
    t.clock.set(NOW);
  });

  it('streams the same document as Server-Sent Events and stops when the client leaves', async () => {
    const queries = t.app.get(QueryBus);
    const execute = vi.spyOn(queries, 'execute');
    const realtimeReads = () =>
      execute.mock.calls.filter(([query]) => query instanceof GetRealtimeQuery).length;
    await t.app.listen(0, '127.0.0.1');
    const address = t.app.getHttpServer().address() as { port: number };
    const abort = new AbortController();
    const response = await fetch(
      `http://127.0.0.1:${address.port}/v1/analytics/realtime/stream?interval=1`,
      { headers: { 'x-api-key': t.config.bootstrapApiKey! }, signal: abort.signal },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const started = Date.now();
    while (text.split('\n\n').length < 3) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    const events = text.split('\n\n').filter((chunk) => chunk.includes('data: '));
    expect(events.length).toBeGreaterThanOrEqual(2);
    for (const event of events.slice(0, 2)) {
      const lines = event.split('\n');
      expect(lines).toContain('event: realtime');
      const data = JSON.parse(lines.find((line) => line.startsWith('data: '))!.slice(6));
      expect(data.minutes).toHaveLength(60);
      expect(data.last60Minutes).toMatchObject({ clicks: 3, conversions: 2, leads: 1 });
    }
    // The first event came at once, the second about a second later.
    expect(Date.now() - started).toBeLessThan(5_000);
    abort.abort();
    await reader.cancel().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const afterLeaving = realtimeReads();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    // No timer left behind: nothing reads the document any more.
    expect(realtimeReads()).toBe(afterLeaving);
    execute.mockRestore();
  }, 20_000);

  it('refuses an interval out of range', async () => {
    for (const interval of ['0', '61', '1.5', 'soon']) {
      const response = await t.request({
        method: 'GET',
        url: `/v1/analytics/realtime/stream?interval=${interval}`,
      });
      expect(response.statusCode, `${interval}: ${response.body}`).toBe(422);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});
