// npm run bench:forms — form submissions per second of POST /forms/submit on PostgreSQL, with
// validation, spam rules, the per-IP rate count, dedupe by email and scoring, each committed
// (lead, submission and LeadCaptured in one transaction) before its 201. Runs at 10 and 50
// connections, then checks that the submissions stored equal the 201s received.
// Needs a build (npm run build) and PostgreSQL.
//   BENCH_PG_URL   admin connection (default postgres://postgres@127.0.0.1:5432/postgres)
//   BENCH_SECONDS  duration of each run (default 10)
import { once } from 'node:events';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  answersOf,
  freshDatabase,
  SECONDS,
  settledCount,
  startApi,
  waitForHttp,
} from './support.mjs';

const CHECK_REQUESTS = 3_000;
const API_PORT = 5092;

/**
 * Every request is a new person from a new address: a distinct email (so each makes a lead,
 * the dedupe lookup finding none) and a distinct X-Forwarded-For (so the rate limit counts but
 * never trips). The body fills every field, so every validation and scoring rule runs.
 */
function submissions(run) {
  let counter = 0;
  return [
    {
      method: 'POST',
      path: '/forms/submit',
      setupRequest(request) {
        counter += 1;
        const ip = `10.${run}.${(counter >> 8) & 255}.${counter & 255}`;
        const body = JSON.stringify({
          email: `lead-${run}-${counter}@acme-robotics.io`,
          first_name: 'Ada',
          last_name: 'Lovelace',
          phone: '+44 20 7946 0958',
          company: 'Acme Robotics',
          job_title: 'Head of Marketing',
          message:
            'We would like a demo of lead scoring for our team of twelve marketers next week.',
          utm_source: 'newsletter',
          utm_campaign: 'bench',
        });
        return {
          ...request,
          body,
          headers: {
            ...request.headers,
            'x-forwarded-for': ip,
            'content-type': 'application/json',
          },
        };
      },
    },
  ];
}

let runs = 0;
async function drive(connections, amount) {
  runs += 1;
  const result = await autocannon({
    url: `http://127.0.0.1:${API_PORT}`,
    connections,
    ...(amount ? { amount } : { duration: SECONDS }),
    requests: submissions(runs),
  });
  const { statuses, serverErrors } = answersOf(result);
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    created: statuses['201'] ?? 0,
    statuses,
    serverErrors,
    errors: result.errors + result.timeouts,
  };
}

async function main() {
  const database = await freshDatabase(`bench_forms_${process.pid}`);
  const api = startApi({ port: API_PORT, database: database.url, env: { TRUST_PROXY: '1' } });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await waitForHttp(`http://127.0.0.1:${API_PORT}/v1/health`);
    await client.connect();
    const stored = async () =>
      Number((await client.query('SELECT count(*) AS n FROM lead_submissions')).rows[0].n);

    await drive(10); // warm-up: JIT, connection pool, form cache
    const rows = [];
    for (const connections of [10, 50]) rows.push({ connections, ...(await drive(connections)) });

    // Durability is counted on a run of a fixed number of requests, every one answered.
    const before = await settledCount(stored);
    const checked = await drive(50, CHECK_REQUESTS);
    const added = (await stored()) - before;
    const leads = Number((await client.query('SELECT count(*) AS n FROM leads')).rows[0].n);

    console.log(
      `\nPOST /forms/submit on PostgreSQL, each committed before its 201 (${SECONDS} s per run)`,
    );
    console.log('connections | submissions/s | p50 ms | p99 ms | 5xx | other answers');
    for (const row of rows) {
      const others = Object.entries(row.statuses).filter(([code]) => code !== '201');
      console.log(
        `${String(row.connections).padStart(11)} | ${row.perSecond.toFixed(0).padStart(13)} | ` +
          `${String(row.p50).padStart(6)} | ${String(row.p99).padStart(6)} | ${String(row.serverErrors).padStart(3)} | ` +
          `${others.length ? JSON.stringify(Object.fromEntries(others)) : '-'}${row.errors ? ` (${row.errors} errors)` : ''}`,
      );
    }
    const durable = added === checked.created && checked.created === CHECK_REQUESTS;
    console.log(
      `\ndurability: ${CHECK_REQUESTS} requests, ${checked.created} 201s received, ${added} submissions stored: ${durable ? 'OK' : 'MISMATCH'} (${leads} leads in all)`,
    );
    if (!durable || rows.some((row) => row.serverErrors > 0)) {
      console.log('FAIL: lost or extra submissions, or 5xx answers');
      process.exitCode = 1;
    }
  } finally {
    await client.end().catch(() => undefined);
    api.kill('SIGTERM');
    await once(api, 'exit');
    await database.drop();
  }
}

await main();
