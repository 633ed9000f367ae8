import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadsApi, submissionOutcomes } from '../support/leads-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MINUTE = 60_000;

describe('POST /forms/submit: submissions per IP in 10 minutes (FORM_RATE_LIMIT=3)', () => {
  let t: TestApp;
  const api = leadsApi(() => t);
  beforeAll(async () => {
    t = await startTestApp({ env: { FORM_RATE_LIMIT: '3' } });
  });
  afterAll(() => t.close());

  it('refuses the 4th with a 429 and Retry-After until the oldest leaves the window, storing it as spam', async () => {
    const ip = '203.0.113.7';
    await api.accepted({ email: 'one@rate.example.org' }, { ip });
    t.clock.advance(2 * MINUTE);
    // Invalid and honeypot submissions count too: they are submissions all the same.
    expect((await api.submit({ email: 'nope' }, { ip })).statusCode).toBe(422);
    await api.accepted({ email: 'two@rate.example.org', website: 'x' }, { ip });
    t.clock.advance(MINUTE);

    const refused = await api.submit({ email: 'three@rate.example.org' }, { ip });
    expectProblem(refused, 429, 'LEADS.RATE_LIMITED');
    // The first came 3 minutes ago: it leaves the window in 7.
    expect(refused.headers['retry-after']).toBe(String(7 * 60));
    expect((await submissionOutcomes(t)).at(-1)).toBe('rate_limited');

    // Another address is not held up.
    await api.accepted({ email: 'four@rate.example.org' });

    // Refused submissions are not counted, so hammering does not push the horizon back.
    t.clock.advance(7 * MINUTE - 1_000);
    const stillRefused = await api.submit({ email: 'three@rate.example.org' }, { ip });
    expect(stillRefused.headers['retry-after']).toBe('1');
    t.clock.advance(1_000);
    await api.accepted({ email: 'three@rate.example.org' }, { ip });
  });
});

describe('POST /forms/submit behind one proxy (TRUST_PROXY=1, FORM_RATE_LIMIT=1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { FORM_RATE_LIMIT: '1', TRUST_PROXY: '1' } });
  });
  afterAll(() => t.close());

  // The proxy appends the address it saw to whatever X-Forwarded-For the visitor sent.
  const viaProxy = (email: string, forwardedFor: string) =>
    t.request({
      method: 'POST',
      url: '/forms/submit',
      payload: { email },
      remoteAddress: '10.0.0.1',
      headers: { 'x-api-key': '', 'x-forwarded-for': forwardedFor },
    });

  it('counts per forwarded visitor address, not per proxy, and stores that address', async () => {
    const first = await viaProxy('a@proxy.example.org', '81.2.69.142');
    expect(first.statusCode, first.body).toBe(201);
    expect((await viaProxy('b@proxy.example.org', '81.2.69.143')).statusCode).toBe(201);
    expectProblem(await viaProxy('c@proxy.example.org', '81.2.69.142'), 429, 'LEADS.RATE_LIMITED');
    const [row] = await t.dataSource.query(
      `SELECT ip FROM lead_submissions WHERE lead_id = '${first.json().leadId}'`,
    );
    expect(row.ip).toBe('81.2.69.142');
  });

  it('counts the real visitor however the forged first entry rotates, and stores the real one', async () => {
    const first = await viaProxy('d@proxy.example.org', '9.9.9.1, 81.2.69.150');
    expect(first.statusCode, first.body).toBe(201);
    for (const forged of ['9.9.9.2', '9.9.9.3, 8.8.8.8', 'unknown']) {
      expectProblem(
        await viaProxy('e@proxy.example.org', `${forged}, 81.2.69.150`),
        429,
        'LEADS.RATE_LIMITED',
      );
    }
    const [row] = await t.dataSource.query(
      `SELECT ip FROM lead_submissions WHERE lead_id = '${first.json().leadId}'`,
    );
    expect(row.ip).toBe('81.2.69.150');
  });
});

describe('POST /forms/submit: submissions counted by network (FORM_RATE_LIMIT=5)', () => {
  let t: TestApp;
  const api = leadsApi(() => t);
  beforeAll(async () => {
    t = await startTestApp({ env: { FORM_RATE_LIMIT: '5' } });
  });
  afterAll(() => t.close());

  it('refuses the 6th to 15th post from 15 addresses of one IPv6 /64', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 15; i += 1) {
      const ip = `2001:db8:70:1:${i.toString(16)}::${i * 3}`;
      statuses.push((await api.submit({ email: `v6-${i}@net.example.org` }, { ip })).statusCode);
    }
    expect(statuses).toEqual([...Array(5).fill(201), ...Array(10).fill(429)]);
    // Each stored with the address it came from.
    const rows: { ip: string }[] = await t.dataSource.query(
      "SELECT ip FROM lead_submissions WHERE ip LIKE '2001:db8:70:1:%'",
    );
    expect(rows).toHaveLength(15);
    // Another /64 is another visitor.
    await api.accepted({ email: 'v6-other@net.example.org' }, { ip: '2001:db8:70:2::1' });
  });

  it('counts an IPv4-mapped address with its IPv4', async () => {
    const ip = '203.0.113.71';
    for (let i = 1; i <= 5; i += 1) {
      await api.accepted(
        { email: `mapped-${i}@net.example.org` },
        { ip: i % 2 === 0 ? `::ffff:${ip}` : ip },
      );
    }
    expectProblem(
      await api.submit({ email: 'mapped-6@net.example.org' }, { ip: `::ffff:${ip}` }),
      429,
      'LEADS.RATE_LIMITED',
    );
  });
});
