import { describe, expect, it } from 'vitest';
import { createPacedFetch, type PacingTime } from './paced-fetch.mjs';

const API = 'http://api.test';

/** Time that passes only when the fetch waits; every request is stamped with it. */
function fakeTime(): PacingTime & { at: number } {
  const time = {
    at: Date.UTC(2026, 11, 1),
    now: () => time.at,
    sleep: async (ms: number) => {
      time.at += ms;
    },
  };
  return time;
}

function api(answer: (request: Request, call: number) => Response) {
  const sent: { at: number; url: string; body: string }[] = [];
  return {
    sent,
    forTime: (time: PacingTime) => async (request: Request) => {
      sent.push({ at: time.now(), url: request.url, body: await request.text() });
      return answer(request, sent.length);
    },
  };
}

/** The most requests any `ms` long stretch of time held. */
function busiest(times: number[], ms: number): number {
  let most = 0;
  for (let i = 0; i < times.length; i += 1) {
    most = Math.max(most, times.filter((t) => t >= times[i] && t < times[i] + ms).length);
  }
  return most;
}

const click = () => new Request(`${API}/v1/click?campaign_id=c`);

describe('the demo keeps under the API limits', () => {
  it('sends at most 54 clicks a minute when the API sees one address (its fraud rule is 60)', async () => {
    const time = fakeTime();
    const server = api(() => new Response(null, { status: 302 }));
    const paced = createPacedFetch({ fetch: server.forTime(time), time });
    for (let i = 0; i < 150; i += 1) await paced(click());
    expect(
      busiest(
        server.sent.map((s) => s.at),
        60_000,
      ),
    ).toBeLessThanOrEqual(54);
    expect(paced.stats).toMatchObject({ requests: 150, retries: 0 });
    expect(paced.stats.heldBack).toBeGreaterThan(0);
  });

  it('sends at most 18 form submissions in 10 minutes (FORM_RATE_LIMIT is 20)', async () => {
    const time = fakeTime();
    const server = api(() => new Response('{}', { status: 201 }));
    const paced = createPacedFetch({ fetch: server.forTime(time), time });
    for (let i = 0; i < 40; i += 1) {
      await paced(new Request(`${API}/forms/submit`, { method: 'POST', body: '{}' }));
    }
    expect(
      busiest(
        server.sent.map((s) => s.at),
        600_000,
      ),
    ).toBeLessThanOrEqual(18);
  });

  it('does not hold back visitors the API tells apart', async () => {
    const time = fakeTime();
    const server = api(() => new Response(null, { status: 302 }));
    const paced = createPacedFetch({ fetch: server.forTime(time), time });
    paced.stats.oneAddress = false;
    for (let i = 0; i < 150; i += 1) await paced(click());
    expect(
      busiest(
        server.sent.map((s) => s.at),
        1,
      ),
    ).toBe(150);
    expect(paced.stats.heldBack).toBe(0);
  });

  it('sends a request answered 429 again, body and all, after its Retry-After', async () => {
    const time = fakeTime();
    const server = api((_, call) =>
      call === 1
        ? new Response('{"code":"HTTP.RATE_LIMITED"}', {
            status: 429,
            headers: { 'retry-after': '7' },
          })
        : new Response('{}', { status: 201 }),
    );
    const paced = createPacedFetch({ fetch: server.forTime(time), time });
    const answer = await paced(
      new Request(`${API}/v1/events`, { method: 'POST', body: '{"events":[1]}' }),
    );
    expect(answer.status).toBe(201);
    expect(server.sent.map((s) => s.body)).toEqual(['{"events":[1]}', '{"events":[1]}']);
    expect(server.sent[1].at - server.sent[0].at).toBe(7_000);
    expect(paced.stats).toMatchObject({ requests: 2, retries: 1 });
  });

  it('waits out a recalculation already running (409 with Retry-After), not other conflicts', async () => {
    const time = fakeTime();
    const busy = { status: 409, headers: { 'retry-after': '5' } };
    const server = api((request, call) =>
      request.url.endsWith('/ltv/recalculate') && call === 1
        ? new Response('{}', busy)
        : new Response('{}', { status: 409 }),
    );
    const paced = createPacedFetch({ fetch: server.forTime(time), time });
    expect((await paced(new Request(`${API}/ltv/recalculate`, { method: 'POST' }))).status).toBe(
      409,
    );
    expect(server.sent).toHaveLength(2);
    expect((await paced(new Request(`${API}/forms/lead/1`, { method: 'PATCH' }))).status).toBe(409);
    expect(paced.stats).toMatchObject({ requests: 3, retries: 0, busyRetries: 1 });
  });

  it('gives up with one clear line when the API keeps answering 429', async () => {
    const time = fakeTime();
    const server = api(() => new Response('{}', { status: 429, headers: { 'retry-after': '1' } }));
    const paced = createPacedFetch({ fetch: server.forTime(time), time });
    await expect(paced(click())).rejects.toThrow(
      'GET /v1/click was answered 429 (come back later) 10 times in a row',
    );
  });

  it('says which API it could not reach, and why', async () => {
    const refused = async () => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    };
    const paced = createPacedFetch({ fetch: refused, time: fakeTime() });
    await expect(paced(click())).rejects.toThrow('cannot reach http://api.test (ECONNREFUSED)');
  });
});
