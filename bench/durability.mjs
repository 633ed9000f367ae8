// npm run bench:durability — nothing acknowledged is lost. Drives clicks and postbacks at the
// API on PostgreSQL, then (1) kills the API with SIGKILL mid-load and starts it again, and
// (2) restarts PostgreSQL mid-load under the running API. Afterwards every click id whose 302
// was received, and every conversion whose postback was answered 200, must be stored exactly
// once, and every outbox event delivered. While PostgreSQL is down the API must answer 503 (on
// health too), then serve again without being restarted.
//   BENCH_PG_URL          admin connection (default postgres://postgres@127.0.0.1:5432/postgres)
//   BENCH_SKIP_PG_RESTART set to skip phase 2 (it restarts the machine's PostgreSQL cluster)
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import pg from 'pg';
import { BENCH_API_KEY, freshDatabase, startApi, waitForHttp } from './support.mjs';

const API_PORT = 5093;
const BASE = `http://127.0.0.1:${API_PORT}`;
const WORKERS = 16;
const UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the API acknowledged: the only things it promised to keep. */
const acknowledged = { clicks: new Set(), conversions: new Set() };
const seen = { statuses: {}, refused: 0, healthDuringOutage: new Set() };
let visitors = 0;

async function call(url, init) {
  try {
    const response = await fetch(url, { ...init, redirect: 'manual' });
    seen.statuses[response.status] = (seen.statuses[response.status] ?? 0) + 1;
    return response;
  } catch {
    seen.refused += 1; // the API is down: nothing was promised
    return null;
  }
}

/** One visitor after another: a click, and for some a postback with a transaction id. */
async function worker(target, token, stop) {
  while (!stop.now) {
    visitors += 1;
    const ip = `10.${(visitors >> 16) & 255}.${(visitors >> 8) & 255}.${visitors & 255}`;
    const click = await call(
      `${BASE}/v1/click?campaign_id=${target.campaignId}&affiliate_id=${target.affiliateId}`,
      {
        headers: { 'user-agent': UA, 'x-forwarded-for': ip },
      },
    );
    if (click?.status !== 302) {
      if (!click) await sleep(20);
      continue;
    }
    const clickId = click.headers.get('x-click-id');
    acknowledged.clicks.add(clickId);
    if (visitors % 3 !== 0) continue;
    const txid = `tx-${visitors}`;
    const postback = await call(
      `${BASE}/v1/postback?token=${token}&click_id=${clickId}&txid=${txid}&revenue=25.00`,
    );
    if (postback?.status === 200) acknowledged.conversions.add(`${clickId}/${txid}`);
  }
}

async function setUp() {
  const headers = { 'x-api-key': BENCH_API_KEY, 'content-type': 'application/json' };
  const post = (path, body) =>
    fetch(`${BASE}${path}`, { method: 'POST', headers, body: body && JSON.stringify(body) }).then(
      (r) => r.json(),
    );
  const campaign = await post('/v1/campaigns', {
    name: 'Durability',
    advertiserName: 'Bench',
    offerUrl: 'https://offers.example.com/?c={click_id}',
    payout: { model: 'CPA', amount: 5, currency: 'USD' },
  });
  await post(`/v1/campaigns/${campaign.id}/activate`);
  const affiliate = await post('/v1/affiliates', {
    name: 'Bench',
    email: `durability-${process.pid}@example.com`,
  });
  // The campaign's own advertiser's token: only it records this campaign's conversions.
  const { token } = await fetch(`${BASE}/v1/advertisers/${campaign.advertiserId}/postback-url`, {
    headers,
  }).then((r) => r.json());
  return { target: { campaignId: campaign.id, affiliateId: affiliate.id }, token };
}

/** pg_ctlcluster on this machine's cluster (the newest version under /etc/postgresql). */
function postgres(action, ...options) {
  const version = readdirSync('/etc/postgresql').sort().at(-1);
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', ...options, version, 'main', action]);
}

async function main() {
  const database = await freshDatabase(`bench_durability_${process.pid}`);
  // Every postback comes from this one address: the limits would refuse most of them.
  const env = {
    TRUST_PROXY: '1',
    CLICK_RATE_LIMIT_PER_IP: '100000',
    RATE_LIMIT_POSTBACK_PER_MINUTE: '1000000',
  };
  let api = startApi({ port: API_PORT, database: database.url, env });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await waitForHttp(`${BASE}/v1/health`);
    const { target, token } = await setUp();

    // Phase 1: SIGKILL mid-load, then a new process on the same database.
    let stop = { now: false };
    let load = Array.from({ length: WORKERS }, () => worker(target, token, stop));
    await sleep(3_000);
    api.kill('SIGKILL');
    await once(api, 'exit');
    const beforeKill = acknowledged.clicks.size;
    api = startApi({ port: API_PORT, database: database.url, env });
    await waitForHttp(`${BASE}/v1/health`);
    await sleep(2_000);
    stop.now = true;
    await Promise.all(load);
    console.log(
      `phase 1: SIGKILL after ${beforeKill} acknowledged clicks; restarted; ${acknowledged.clicks.size} in all`,
    );

    // Phase 2: PostgreSQL restarts under the running API.
    if (!process.env.BENCH_SKIP_PG_RESTART) {
      stop = { now: false };
      load = Array.from({ length: WORKERS }, () => worker(target, token, stop));
      await sleep(2_000);
      const restart = (async () => {
        postgres('stop', '-m', 'fast');
        // Health while PostgreSQL is down.
        for (let i = 0; i < 5; i += 1) {
          const health = await call(`${BASE}/v1/health`);
          if (health) seen.healthDuringOutage.add(health.status);
          await sleep(300);
        }
        postgres('start');
      })();
      await restart;
      await waitForHttp(`${BASE}/v1/health`, 30_000);
      await sleep(3_000);
      stop.now = true;
      await Promise.all(load);
      console.log(
        `phase 2: PostgreSQL restarted under load; health answered ${[...seen.healthDuringOutage].join(', ')} while it was down`,
      );
    }

    // Let the outbox relay deliver what the crash left, then count.
    await client.connect();
    const count = async (sql, values) => Number((await client.query(sql, values)).rows[0].n);
    for (
      let i = 0;
      i < 30 &&
      (await count('SELECT count(*) AS n FROM outbox_events WHERE processed_at IS NULL')) > 0;
      i += 1
    ) {
      await sleep(1_000);
    }
    const clickIds = [...acknowledged.clicks];
    const storedClicks = await count(
      'SELECT count(DISTINCT id) AS n FROM clicks WHERE id = ANY($1)',
      [clickIds],
    );
    const duplicateClicks = await count(
      'SELECT count(*) AS n FROM (SELECT id FROM clicks GROUP BY id HAVING count(*) > 1) d',
    );
    const pairs = [...acknowledged.conversions].map((pair) => pair.split('/'));
    const storedConversions = await count(
      `SELECT count(*) AS n FROM conversions c JOIN unnest($1::text[], $2::text[]) AS a(click_id, txid)
         ON c.click_id = a.click_id AND c.transaction_id = a.txid`,
      [pairs.map(([clickId]) => clickId), pairs.map(([, txid]) => txid)],
    );
    const duplicateConversions = await count(
      'SELECT count(*) AS n FROM (SELECT click_id, transaction_id FROM conversions GROUP BY 1, 2 HAVING count(*) > 1) d',
    );
    const undelivered = await count(
      'SELECT count(*) AS n FROM outbox_events WHERE processed_at IS NULL',
    );

    console.log(
      `\nanswers: ${JSON.stringify(seen.statuses)}, ${seen.refused} requests refused while the API was down`,
    );
    console.log(
      `clicks acknowledged (302): ${clickIds.length}, stored: ${storedClicks}, stored twice: ${duplicateClicks}`,
    );
    console.log(
      `conversions acknowledged (200): ${pairs.length}, stored: ${storedConversions}, stored twice: ${duplicateConversions}`,
    );
    console.log(`outbox events not delivered: ${undelivered}`);
    const serverErrors = Object.entries(seen.statuses).filter(
      ([status]) => status >= 500 && status !== '503',
    );
    const ok =
      storedClicks === clickIds.length &&
      duplicateClicks === 0 &&
      storedConversions === pairs.length &&
      duplicateConversions === 0 &&
      undelivered === 0 &&
      serverErrors.length === 0 &&
      (process.env.BENCH_SKIP_PG_RESTART ||
        (seen.healthDuringOutage.size > 0 && !seen.healthDuringOutage.has(200)));
    console.log(ok ? '\nOK: nothing acknowledged was lost or doubled' : '\nFAIL');
    if (!ok) process.exitCode = 1;
  } finally {
    await client.end().catch(() => undefined);
    api.kill('SIGTERM');
    await once(api, 'exit');
    await database.drop();
  }
}

await main();
