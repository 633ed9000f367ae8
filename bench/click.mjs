// npm run bench:click — clicks/s and latency of GET /v1/click on PostgreSQL, as a ratio to bare
// Fastify answering the same 302 in the same run, at 10 and 100 connections; then checks that
// every 302 received has its click stored. Needs a build (npm run build) and PostgreSQL.
//   BENCH_PG_URL   admin connection (default postgres://postgres@127.0.0.1:5432/postgres)
//   BENCH_SECONDS  duration of each run (default 10)
//   BENCH_ROUNDS   rounds per connection count (default 3): bare and API runs alternate, and
//                  the medians are printed, so that one noisy window on a shared machine does
//                  not decide the figure
// It also prints the CPU each request cost the server, PostgreSQL and the load generator (from
// /proc, on Linux), and the throughput the machine's cores could reach at that cost.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { cpuCeilingPerSecond, micros, withCpuPerRequest } from './cpu-accounting.mjs';
import {
  answersOf,
  BENCH_API_KEY,
  freshDatabase,
  SECONDS,
  settledCount,
  startApi,
  waitForHttp,
} from './support.mjs';

const CHECK_REQUESTS = 5_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const API_PORT = 5090;
const BARE_PORT = 5091;
const API_KEY = BENCH_API_KEY;
const USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';

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

/**
 * A timed run (`amount` unset) or one of exactly `amount` requests, all answered before it ends,
 * against `server` ({ port, pid }), with the CPU each request cost.
 */
async function drive(server, path, connections, amount) {
  const { result, cpu } = await withCpuPerRequest(
    server.pid,
    () =>
      autocannon({
        url: `http://127.0.0.1:${server.port}`,
        connections,
        ...(amount ? { amount } : { duration: SECONDS }),
        headers: { 'user-agent': USER_AGENT },
        requests: visitorRequests(path),
      }),
    (finished) => finished.requests.total,
  );
  const { statuses, serverErrors } = answersOf(result);
  return {
    cpu,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    redirects: statuses['302'] ?? 0,
    statuses,
    serverErrors,
    errors: result.errors + result.timeouts,
  };
}

/** The round whose ratio is the median: its own bare and API figures, printed together. */
function medianRound(rounds) {
  const sorted = [...rounds].sort((a, b) => a.ratio - b.ratio);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Where the median round's CPU went, per request, and the most clicks a second the machine's
 * cores could serve at that cost: once the cores are the limit, only a cheaper click goes faster.
 */
function printCpu(baseline, clicks) {
  const ceiling = cpuCeilingPerSecond(clicks.cpu);
  console.log(
    `  CPU per request: bare ${micros(baseline.cpu.server)} + load generator ${micros(baseline.cpu.loadGenerator)}; ` +
      `API ${micros(clicks.cpu.server)} + PostgreSQL ${micros(clicks.cpu.postgres)} + load generator ${micros(clicks.cpu.loadGenerator)}`,
  );
  if (ceiling !== null)
    console.log(
      `  at that cost the ${availableParallelism()} cores serve at most ${ceiling.toFixed(0)} clicks/s = ${(ceiling / baseline.perSecond).toFixed(2)}x bare`,
    );
}

async function main() {
  const database = await freshDatabase(`bench_clicks_${process.pid}`);
  const api = startApi({
    port: API_PORT,
    database: database.url,
    env: { TRUST_PROXY: '1', CLICK_RATE_LIMIT_PER_IP: '1000' },
  });
  const bare = fork('bench/bare-redirect-server.mjs', [String(BARE_PORT)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    await waitForHttp(`http://127.0.0.1:${API_PORT}/v1/health`);
    await once(bare, 'message');
    const { campaignId, affiliateId } = await createActiveCampaign();
    const clickPath = `/v1/click?campaign_id=${campaignId}&affiliate_id=${affiliateId}&sub1=bench`;

    // Warm both up (JIT, connection pool, caches) before measuring.
    const apiServer = { port: API_PORT, pid: api.pid };
    const bareServer = { port: BARE_PORT, pid: bare.pid };
    await drive(apiServer, clickPath, 10);
    await drive(bareServer, '/v1/click', 10);

    const rows = [];
    for (const connections of [10, 100]) {
      const rounds = [];
      for (let round = 0; round < ROUNDS; round++) {
        const baseline = await drive(bareServer, '/v1/click', connections);
        const clicks = await drive(apiServer, clickPath, connections);
        rounds.push({ baseline, clicks, ratio: clicks.perSecond / baseline.perSecond });
      }
      rows.push({ connections, ...medianRound(rounds), rounds });
    }

    // Durability: a timed run stops with requests in flight (stored, but their 302 never read),
    // so the count is checked on a run of a fixed number of requests, every one answered.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const countClicks = async () =>
      Number((await client.query('SELECT count(*) AS n FROM clicks')).rows[0].n);
    const before = await settledCount(countClicks);
    const checked = await drive(apiServer, clickPath, 100, CHECK_REQUESTS);
    const stored = (await countClicks()) - before;
    await client.end();

    console.log(
      `\nGET /v1/click on PostgreSQL, every click committed before its 302 (${SECONDS} s per run, median of ${ROUNDS} alternating rounds)`,
    );
    console.log(
      'connections | bare Fastify req/s (p50/p99 ms) | clicks/s (p50/p99 ms) | ratio | 5xx',
    );
    for (const { connections, baseline, clicks, rounds } of rows) {
      console.log(
        `${String(connections).padStart(11)} | ${baseline.perSecond.toFixed(0).padStart(8)} (${baseline.p50}/${baseline.p99})` +
          `${' '.repeat(12)} | ${clicks.perSecond.toFixed(0).padStart(7)} (${clicks.p50}/${clicks.p99})` +
          `${' '.repeat(6)} | ${(clicks.perSecond / baseline.perSecond).toFixed(2)}x | ${clicks.serverErrors}`,
      );
      console.log(
        `  rounds: ${rounds.map((r) => `${r.clicks.perSecond.toFixed(0)}/${r.baseline.perSecond.toFixed(0)} = ${r.ratio.toFixed(2)}x`).join(', ')}`,
      );
      printCpu(baseline, clicks);
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
    const serverErrors = rows
      .flatMap(({ rounds }) => rounds)
      .some((r) => r.clicks.serverErrors > 0);
    if (!durable || serverErrors) {
      console.log('FAIL: lost or extra clicks, or 5xx answers');
      process.exitCode = 1;
    }
  } finally {
    api.kill('SIGTERM');
    bare.kill('SIGTERM');
    await Promise.all([once(api, 'exit'), once(bare, 'exit')]);
    await database.drop();
  }
}

await main();
