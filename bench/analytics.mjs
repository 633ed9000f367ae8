// npm run bench:analytics — how long GET /v1/analytics takes over 30 days of a big click table:
// generates BENCH_CLICKS clicks (default 10 million) over 90 days in a fresh PostgreSQL
// database with server-side SQL, plus conversions, rebuilds the rollups from those raw rows
// with tracking's own rebuild (what the click path would have written), then times the report
// grouped by day and by campaign. Needs a build (npm run build) and PostgreSQL.
//   BENCH_PG_URL    admin connection (default postgres://postgres@127.0.0.1:5432/postgres)
//   BENCH_CLICKS    clicks to generate (default 10000000)
//   BENCH_RUNS      timed requests per grouping (default 30)
import pg from 'pg';
import { rebuildRollups } from '../dist/libs/tracking/src/infrastructure/rollup-rebuild.js';
import { BENCH_API_KEY, freshDatabase, startApi, waitForHttp } from './support.mjs';

const CLICKS = Number(process.env.BENCH_CLICKS ?? 10_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARM_UP = 5;
const GOAL_MS = 300;
const CHUNK = 1_000_000;
const DAY_MS = 86_400_000;
const CAMPAIGNS = 20;
const AFFILIATES_PER_CAMPAIGN = 8;
const AFFILIATES = 40;
const API_PORT = 5095;
const base = `http://127.0.0.1:${API_PORT}`;
const headers = { 'x-api-key': BENCH_API_KEY, 'content-type': 'application/json' };

async function post(path, body) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: body ? headers : { 'x-api-key': BENCH_API_KEY },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Campaigns (a quarter paid in EUR) and affiliates made through the API, as a user would. */
async function createNetwork() {
  const affiliates = [];
  for (let index = 0; index < AFFILIATES; index += 1) {
    const { id } = await post('/v1/affiliates', {
      name: `Bench affiliate ${index}`,
      email: `bench-${process.pid}-${index}@example.com`,
    });
    affiliates.push(id);
  }
  const pairs = [];
  for (let index = 0; index < CAMPAIGNS; index += 1) {
    const currency = index % 4 === 3 ? 'EUR' : 'USD';
    const { id } = await post('/v1/campaigns', {
      name: `Bench campaign ${index}`,
      advertiserName: 'Bench',
      offerUrl: 'https://offers.example.com/landing?click={click_id}',
      payout: { model: 'CPA', amount: 10, currency },
    });
    await post(`/v1/campaigns/${id}/activate`);
    for (let slot = 0; slot < AFFILIATES_PER_CAMPAIGN; slot += 1) {
      pairs.push({
        campaignId: id,
        affiliateId: affiliates[(index * 3 + slot) % AFFILIATES],
        currency,
      });
    }
  }
  return pairs;
}

// Click g of the series: its time spreads the clicks evenly over the 90 days; its campaign and
// affiliate, country, device and sub1 cycle through small sets; every 50th is a bot, every
// 97th blocked, two thirds of the rest unique.
const PAIR = `1 + (g * 7919) % $4`;
const CLICK_ROW = `
  'b' || lpad(to_hex(g), 23, '0') AS id,
  $1::timestamptz + (g - 1) * $2::interval AS clicked_at,
  ($5::text[])[${PAIR}] AS campaign_id,
  ($6::text[])[${PAIR}] AS affiliate_id,
  ($7::text[])[${PAIR}] AS currency,
  g % 50 = 0 AS is_bot,
  g % 97 = 0 AS is_blocked,
  g % 3 <> 0 AND g % 50 <> 0 AND g % 97 <> 0 AS is_unique`;

async function generate(client, pairs, start, span) {
  const step = `${span / CLICKS} milliseconds`;
  const arrays = [
    pairs.length,
    pairs.map((pair) => pair.campaignId),
    pairs.map((pair) => pair.affiliateId),
    pairs.map((pair) => pair.currency),
  ];
  for (let first = 1; first <= CLICKS; first += CHUNK) {
    const last = Math.min(first + CHUNK - 1, CLICKS);
    await client.query(
      `INSERT INTO clicks (id, clicked_at, campaign_id, affiliate_id, sub1, ip, user_agent, country,
                           device_type, is_bot, is_blocked, is_unique, reasons, destination_kind, destination)
       SELECT id, clicked_at, campaign_id, affiliate_id, 'src' || (g % 20), '10.0.0.1', 'bench',
              (ARRAY['US','GB','DE','FR','CA','AU','IN','BR','ES','IT'])[1 + g % 10],
              (ARRAY['desktop','mobile','tablet'])[1 + g % 3], is_bot, is_blocked, is_unique,
              CASE WHEN is_bot THEN '["bot_user_agent"]'::jsonb WHEN is_blocked THEN '["ip_blocked"]'::jsonb ELSE '[]'::jsonb END,
              CASE WHEN is_bot OR is_blocked THEN 'safe_page' ELSE 'offer' END,
              'https://offers.example.com/landing'
       FROM (SELECT g, ${CLICK_ROW} FROM generate_series($3::bigint, $8::bigint) AS g) AS generated`,
      [start, step, first, ...arrays, last],
    );
    // One conversion per 150 unique clicks, reported an hour after its click.
    await client.query(
      `INSERT INTO conversions (id, click_id, clicked_at, campaign_id, affiliate_id, transaction_id, status,
                                revenue_minor, payout_minor, currency, converted_at, updated_at)
       SELECT 'c' || lpad(to_hex(g), 35, '0'), id, clicked_at, campaign_id, affiliate_id, '', 'approved',
              5000, 1000, currency, clicked_at + interval '1 hour', clicked_at + interval '1 hour'
       FROM (SELECT g, ${CLICK_ROW} FROM generate_series($3::bigint, $8::bigint) AS g) AS generated
       WHERE is_unique AND g % 150 = 1`,
      [start, step, first, ...arrays, last],
    );
    process.stdout.write(`  ${last.toLocaleString('en')} clicks\r`);
  }
}

async function timeReport(query) {
  const times = [];
  for (let run = 0; run < WARM_UP + RUNS; run += 1) {
    const began = performance.now();
    const response = await fetch(`${base}/v1/analytics?${query}`, { headers });
    const body = await response.json();
    const elapsed = performance.now() - began;
    if (!response.ok) throw new Error(`${query}: ${response.status} ${JSON.stringify(body)}`);
    if (run >= WARM_UP) times.push(elapsed);
    if (run === 0) Object.assign(times, { rows: body.rows.length, clicks: body.totals.clicks });
  }
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
  return {
    p50: at(0.5),
    p99: at(0.99),
    max: sorted.at(-1),
    rows: times.rows,
    clicks: times.clicks,
  };
}

async function main() {
  const database = await freshDatabase(`bench_analytics_${process.pid}`);
  const api = startApi({ port: API_PORT, database: database.url });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await waitForHttp(`${base}/v1/health`);
    await client.connect();
    const pairs = await createNetwork();
    const now = Date.now();
    const span = 90 * DAY_MS;
    const start = new Date(now - span);
    console.log(`generating ${CLICKS.toLocaleString('en')} clicks over 90 days…`);
    const began = performance.now();
    await generate(client, pairs, start, span);
    const generated = performance.now();
    await rebuildRollups(client, new Date(start.getTime() - DAY_MS), new Date(now + DAY_MS));
    await client.query('ANALYZE');
    const rolled = performance.now();
    const counts = await client.query(
      `SELECT (SELECT count(*) FROM clicks) AS clicks, (SELECT count(*) FROM conversions) AS conversions,
              (SELECT count(*) FROM hourly_stats) AS hourly, (SELECT count(*) FROM hourly_dimension_stats) AS dimensional`,
    );
    const row = counts.rows[0];
    console.log(
      `\ngenerated ${Number(row.clicks).toLocaleString('en')} clicks and ${Number(row.conversions).toLocaleString('en')} conversions in ${((generated - began) / 1000).toFixed(0)} s; ` +
        `rollups rebuilt from them in ${((rolled - generated) / 1000).toFixed(0)} s ` +
        `(${Number(row.hourly).toLocaleString('en')} hourly rows, ${Number(row.dimensional).toLocaleString('en')} dimensional rows)`,
    );
    const to = new Date(Math.ceil(now / 3_600_000) * 3_600_000);
    const from = new Date(to.getTime() - 30 * DAY_MS);
    const period = `from=${from.toISOString()}&to=${to.toISOString()}`;
    console.log(
      `\nGET /v1/analytics over 30 days, ${WARM_UP} warm-up + ${RUNS} timed requests each (goal: under ${GOAL_MS} ms)`,
    );
    console.log('group_by | rows | clicks in period | p50 ms | p99 ms | max ms | goal');
    let failed = false;
    for (const groupBy of ['day', 'campaign', 'country']) {
      const result = await timeReport(`${period}&group_by=${groupBy}`);
      const ok = result.max < GOAL_MS;
      if (groupBy !== 'country') failed ||= !ok;
      console.log(
        `${groupBy.padEnd(8)} | ${String(result.rows).padStart(4)} | ${result.clicks.toLocaleString('en').padStart(16)} | ` +
          `${result.p50.toFixed(1).padStart(6)} | ${result.p99.toFixed(1).padStart(6)} | ${result.max.toFixed(1).padStart(6)} | ${ok ? 'OK' : 'MISSED'}`,
      );
    }
    if (failed) process.exitCode = 1;
  } finally {
    await client.end().catch(() => undefined);
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
    await database.drop();
  }
}

await main();
