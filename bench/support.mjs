// What every benchmark script shares: a throwaway PostgreSQL database, the built API started as
// `npm run start:prod` starts it, and autocannon's answers counted by status.
import { fork } from 'node:child_process';
import pg from 'pg';

export const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
export const BENCH_API_KEY = 'bench-admin-key-0123456789abcdef';
/**
 * The V8 flags `npm run start:prod` gives the API, so the bench measures what is deployed; plus
 * BENCH_API_NODE_FLAGS for a look inside (e.g. "--cpu-prof --cpu-prof-dir=prof").
 */
const API_NODE_FLAGS = [
  '--max-semi-space-size=64',
  ...(process.env.BENCH_API_NODE_FLAGS ?? '').split(' ').filter(Boolean),
];

/** Runs one statement on the admin connection (CREATE/DROP DATABASE). */
export async function admin(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the admin connection's server. */
export function databaseUrl(name) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh, empty database; `drop()` removes it even with connections left open. */
export async function freshDatabase(name) {
  await admin(`DROP DATABASE IF EXISTS ${name}`);
  await admin(`CREATE DATABASE ${name}`);
  return {
    url: databaseUrl(name),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** The built API on `port` and `database`, as in production (DEBUG=false), its log on stderr. */
export function startApi({ port, database, env = {} }) {
  return fork('dist/apps/api/src/main.js', [], {
    execArgv: API_NODE_FLAGS,
    env: {
      ...process.env,
      DATABASE_URL: database,
      API_HOST: '127.0.0.1',
      API_PORT: String(port),
      DEBUG: 'false',
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      SECRET_KEY: 'bench-secret-key-0123456789abcdef0123456789',
      API_KEY: BENCH_API_KEY,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
}

export async function waitForHttp(url, timeoutMs = 60_000) {
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

/** An autocannon result's answers by status code, and how many were 5xx. */
export function answersOf(result) {
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
  );
  const serverErrors = Object.entries(statuses)
    .filter(([code]) => Number(code) >= 500)
    .reduce((sum, [, n]) => sum + n, 0);
  return { statuses, serverErrors };
}

/**
 * Waits until `count()` stops changing and returns it: a timed run stops with requests in flight
 * (stored, their answers never read), which must land before a fixed run is counted.
 */
export async function settledCount(count) {
  let before = await count();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await count();
    if (now === before) return now;
    before = now;
  }
}
