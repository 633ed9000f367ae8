// npm run bench:ltv — LTV on PostgreSQL at scale: ingestion through POST /ltv/transactions
// (CSV, batches of 10,000), the fit and the refresh of every prediction through
// POST /ltv/recalculate, on CDNOW_master.txt (23,570 customers, 69,659 purchases, shipped in
// reference-data/cdnow) and on a synthetic base of 100,000 customers drawn from BG/NBD and
// Gamma-Gamma with the CDNOW parameters (so the fit can be checked against the truth).
// Needs a build (npm run build) and PostgreSQL.
//   BENCH_PG_URL     admin connection (default postgres://postgres@127.0.0.1:5432/postgres)
//   BENCH_CUSTOMERS  size of the synthetic base (default 100000)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BENCH_API_KEY, freshDatabase, startApi, waitForHttp } from './support.mjs';
import { simulateBase } from './ltv-synthetic-base.mjs';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const API_PORT = 5092;
const MASTER = fileURLToPath(new URL('../reference-data/cdnow/CDNOW_master.txt', import.meta.url));
const BATCH = 10_000;
const base = `http://127.0.0.1:${API_PORT}`;
const headers = { 'x-api-key': BENCH_API_KEY };

/** Sends the rows as CSV batches; returns the wall time and the rows per second. */
async function ingest(rows) {
  const started = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) {
    const lines = rows.slice(i, i + BATCH).map((r) => r.join(','));
    const body = `transactionId,customerId,occurredAt,amount,currency\n${lines.join('\n')}\n`;
    const response = await fetch(`${base}/ltv/transactions`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/csv' },
      body,
    });
    const report = await response.json();
    if (response.status !== 200 || report.rejected > 0)
      throw new Error(`batch ${i / BATCH} refused: ${JSON.stringify(report).slice(0, 500)}`);
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, rowsPerSecond: rows.length / seconds };
}

async function recalculate(asOf) {
  const started = performance.now();
  const response = await fetch(`${base}/ltv/recalculate`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ asOf }),
  });
  const model = await response.json();
  if (response.status !== 200) throw new Error(`recalculate: ${JSON.stringify(model)}`);
  return { wallSeconds: (performance.now() - started) / 1000, model };
}

function readMaster() {
  return readFileSync(MASTER, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length === 4)
    .map(([id, date, , dollars], i) => [
      `m-${i}`,
      `c-${Number(id)}`,
      `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T00:00:00Z`,
      dollars,
      'USD',
    ]);
}

function report(name, rows, customers, ingestion, fit, truth) {
  const { model } = fit;
  console.log(`\n== ${name}: ${customers} customers, ${rows} purchases`);
  console.log(
    `ingestion: ${ingestion.seconds.toFixed(1)} s (${Math.round(ingestion.rowsPerSecond)} rows/s)`,
  );
  console.log(
    `recalculation: ${fit.wallSeconds.toFixed(2)} s wall, ${(model.totalDurationMs / 1000).toFixed(2)} s in the API, of which fit ${(model.fitDurationMs / 1000).toFixed(2)} s`,
  );
  const bg = model.bgNbd;
  const gg = model.gammaGamma;
  console.log(
    `BG/NBD r=${bg.r.toFixed(4)} alpha=${bg.alpha.toFixed(4)} a=${bg.a.toFixed(4)} b=${bg.b.toFixed(4)} LL=${bg.logLikelihood.toFixed(1)} converged=${bg.converged}`,
  );
  console.log(
    `Gamma-Gamma p=${gg.p.toFixed(3)} q=${gg.q.toFixed(3)} gamma=${gg.gamma.toFixed(3)} on ${gg.customers} repeat buyers, converged=${gg.converged}`,
  );
  if (truth) console.log(`drawn from: ${JSON.stringify(truth)}`);
}

async function main() {
  const database = await freshDatabase(`bench_ltv_${process.pid}`);
  // DEBUG for POST /v1/reset between the two bases; no nightly job in the middle of a run.
  const api = startApi({
    port: API_PORT,
    database: database.url,
    env: { DEBUG: 'true', LTV_NIGHTLY_AT: 'off' },
  });
  try {
    await waitForHttp(`${base}/v1/health`);
    const rows = readMaster();
    const masterIngestion = await ingest(rows);
    const masterFit = await recalculate('1998-06-30T00:00:00Z');
    report('CDNOW_master', rows.length, 23_570, masterIngestion, masterFit);
    await fetch(`${base}/v1/reset`, { method: 'POST', headers });
    const synthetic = simulateBase(CUSTOMERS);
    const ingestion = await ingest(synthetic.rows);
    const fit = await recalculate(synthetic.asOf);
    report('synthetic', synthetic.rows.length, CUSTOMERS, ingestion, fit, synthetic.truth);
    const again = await recalculate(synthetic.asOf);
    console.log(
      `second recalculation (transitions against the first): ${again.wallSeconds.toFixed(2)} s wall`,
    );
  } finally {
    api.kill('SIGTERM');
    await new Promise((done) => api.once('exit', done));
    await database.drop();
  }
}

await main();
