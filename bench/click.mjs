// npm run bench:click — clicks/s and latency of GET /v1/click on PostgreSQL, as a ratio to bare
// Fastify answering the same 302 in the same run, at 10 and 100 connections; then checks that
// every 302 received has its click stored. Needs a build (npm run build) and PostgreSQL.
//   BENCH_PG_URL   admin connection (default postgres://postgres@127.0.0.1:5432/postgres)
//   BENCH_SECONDS  duration of each run (default 10)
import { fork } from 'node:child_process';
import { once } from 'node:events';
import autocannon from 'autocannon';
import pg from 'pg';

const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CHECK_REQUESTS = 5_000;
const API_PORT = 5090;
const BARE_PORT = 5091;
const API_KEY = 'bench-admin-key-0123456789abcdef';
const USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';
const DATABASE = `bench_clicks_${process.pid}`;

async function admin(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function databaseUrl() {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

/** The V8 flags `npm run start:prod` gives the API, so the bench measures what is deployed. */
const API_NODE_FLAGS = ['--max-semi-space-size=64'];

async function start(script, args, env, execArgv = []) {
  const child = fork(script, args, {
    execArgv,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return child;
}

async function waitForHttp(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function createActiveCampaign() {
  const headers = { 'x-api-key': API_KEY, 'content-type': 'application/json' };
  const base = `http://127.0.0.1:${API_PORT}`;
  const created = await fetch(`${base}/v1/campaigns`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      name: 'Benchmark campaign',
      advertiserName: 'Bench',
      offerUrl: 'https://offers.example.com/landing?click={click_id}&aff={affiliate_id}&s1={sub1}',
      payout: { model: 'CPA', amount: 10, currency: 'USD' },
    }),
  }).then((response) => response.json());
  await fetch(`${base}/v1/campaigns/${created.id}/activate`, {
    method: 'POST',
    headers: { 'x-api-key': API_KEY },
  });
  const affiliate = await fetch(`${base}/v1/affiliates`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ name: 'Bench affiliate', email: `bench-${process.pid}@example.com` }),
  }).then((response) => response.json());
  return { campaignId: created.id, affiliateId: affiliate.id };
}

/** Each request comes from another visitor: a distinct address in X-Forwarded-For. */
function visitorRequests(path) {
  let counter = 0;
  return [
    {
      method: 'GET',
      path,
      setupRequest(request) {
        counter += 1;
        const ip = `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}`;
        return { ...request, headers: { ...request.headers, 'x-forwarded-for': ip } };
      },
    },
  ];
}

/** A timed run (`amount` unset) or one of exactly `amount` requests, all answered before it ends. */
async function drive(port, path, connections, amount) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    ...(amount ? { amount } : { duration: SECONDS }),
    headers: { 'user-agent': USER_AGENT },
    requests: visitorRequests(path),
  });
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
  );
  const serverErrors = Object.entries(statuses)
    .filter(([code]) => Number(code) >= 500)
    .reduce((sum, [, n]) => sum + n, 0);
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    redirects: statuses['302'] ?? 0,
    statuses,
    serverErrors,
    errors: result.errors + result.timeouts,
  };
}

async function main() {
  await admin(`DROP DATABASE IF EXISTS ${DATABASE}`);
  await admin(`CREATE DATABASE ${DATABASE}`);
  const api = await start(
    'dist/apps/api/src/main.js',
    [],
    {
      DATABASE_URL: databaseUrl(),
      API_HOST: '127.0.0.1',
      API_PORT: String(API_PORT),
      DEBUG: 'false',
      SECRET_KEY: 'bench-secret-key-0123456789abcdef0123456789',
      API_KEY,
      LOG_LEVEL: 'warn',
      TRUST_PROXY: 'true',
      CLICK_RATE_LIMIT_PER_IP: '1000',
    },
    API_NODE_FLAGS,
  );
  const bare = await start('bench/bare-redirect-server.mjs', [String(BARE_PORT)], {});
  try {
    await waitForHttp(`http://127.0.0.1:${API_PORT}/v1/health`);
    await once(bare, 'message');
    const { campaignId, affiliateId } = await createActiveCampaign();
    const clickPath = `/v1/click?campaign_id=${campaignId}&affiliate_id=${affiliateId}&sub1=bench`;

    // Warm both up (JIT, connection pool, caches) before measuring.
    await drive(API_PORT, clickPath, 10);
    await drive(BARE_PORT, '/v1/click', 10);

    const rows = [];
    for (const connections of [10, 100]) {
      const baseline = await drive(BARE_PORT, '/v1/click', connections);
      const clicks = await drive(API_PORT, clickPath, connections);
      rows.push({ connections, baseline, clicks });
    }

    // Durability: a timed run stops with requests in flight (stored, but their 302 never read),
    // so the count is checked on a run of a fixed number of requests, every one answered.
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    const countClicks = async () =>
      Number((await client.query('SELECT count(*) AS n FROM clicks')).rows[0].n);
    // Let the clicks still in flight from the timed run commit before counting.
    let before = await countClicks();
    for (let settled = false; !settled;) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const now = await countClicks();
      settled = now === before;
      before = now;
    }
    const checked = await drive(API_PORT, clickPath, 100, CHECK_REQUESTS);
    const stored = (await countClicks()) - before;
    await client.end();

    console.log(
      `\nGET /v1/click on PostgreSQL, every click committed before its 302 (${SECONDS} s per run)`,
    );
    console.log(
      'connections | bare Fastify req/s (p50/p99 ms) | clicks/s (p50/p99 ms) | ratio | 5xx',
    );
    for (const { connections, baseline, clicks } of rows) {
      console.log(
        `${String(connections).padStart(11)} | ${baseline.perSecond.toFixed(0).padStart(8)} (${baseline.p50}/${baseline.p99})` +
          `${' '.repeat(12)} | ${clicks.perSecond.toFixed(0).padStart(7)} (${clicks.p50}/${clicks.p99})` +
          `${' '.repeat(6)} | ${(clicks.perSecond / baseline.perSecond).toFixed(2)}x | ${clicks.serverErrors}`,
      );
      if (clicks.errors > 0)
        console.log(`  (${clicks.errors} client errors or timeouts at ${connections} connections)`);
      const others = Object.entries(clicks.statuses).filter(([code]) => code !== '302');
      if (others.length > 0)
        console.log(
          `  non-302 answers at ${connections} connections: ${JSON.stringify(Object.fromEntries(others))}`,
        );
    }
    const durable = stored === checked.redirects && checked.redirects === CHECK_REQUESTS;
    console.log(
      `\ndurability: ${CHECK_REQUESTS} requests, ${checked.redirects} 302s received, ${stored} clicks stored: ${durable ? 'OK' : 'MISMATCH'}`,
    );
    if (!durable || rows.some(({ clicks }) => clicks.serverErrors > 0)) {
      console.log('FAIL: lost or extra clicks, or 5xx answers');
      process.exitCode = 1;
    }
  } finally {
    api.kill('SIGTERM');
    bare.kill('SIGTERM');
    await Promise.all([once(api, 'exit'), once(bare, 'exit')]);
    await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  }
}

await main();
