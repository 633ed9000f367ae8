// npm run bench:churn — the churn model judged on real history, on PostgreSQL: CDNOW_master.txt
// (23,570 customers, 69,659 purchases, shipped in reference-data/cdnow) through
// POST /ltv/transactions, then POST /retention/backtest standing on 1997-09-30 (the end of the
// usual 39-week calibration period) and judging the 39 weeks after (the yardstick:
// AUC >= 0.76, Brier below the base rate's), a second backtest late enough for the buyers'
// correction to be fitted on the base's own history, and the daily recalculation's time.
// Needs a build (npm run build) and PostgreSQL.
//   BENCH_PG_URL     admin connection (default postgres://postgres@127.0.0.1:5432/postgres)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BENCH_API_KEY, freshDatabase, startApi, waitForHttp } from './support.mjs';

const API_PORT = 5093;
const MASTER = fileURLToPath(new URL('../reference-data/cdnow/CDNOW_master.txt', import.meta.url));
const BATCH = 10_000;
const base = `http://127.0.0.1:${API_PORT}`;
const headers = { 'x-api-key': BENCH_API_KEY };

async function call(path, body, contentType = 'application/json') {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': contentType },
    body: contentType === 'application/json' ? JSON.stringify(body) : body,
  });
  const answer = await response.json();
  if (response.status !== 200) throw new Error(`${path}: ${JSON.stringify(answer).slice(0, 500)}`);
  return answer;
}

function masterCsvBatches() {
  const rows = readFileSync(MASTER, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols.length === 4)
    .map(([id, date, , dollars], i) =>
      [
        `m-${i}`,
        `c-${Number(id)}`,
        `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T00:00:00Z`,
        dollars,
        'USD',
      ].join(','),
    );
  const batches = [];
  for (let i = 0; i < rows.length; i += BATCH)
    batches.push(
      `transactionId,customerId,occurredAt,amount,currency\n${rows.slice(i, i + BATCH).join('\n')}\n`,
    );
  return batches;
}

const f = (value) => (value === null ? 'n/a' : value.toFixed(4));

function report(title, result, wallSeconds) {
  console.log(`\n== ${title}`);
  console.log(
    `${result.customers} customers, ${result.churned} churned (base rate ${f(result.baseRate)}); ` +
      `${wallSeconds.toFixed(1)} s wall, ${(result.durationMs / 1000).toFixed(1)} s in the API`,
  );
  console.log(
    `AUC ${f(result.auc)} (recency alone ${f(result.recencyAuc)}), Brier ${f(result.brier)} (base rate ${f(result.baseRateBrier)})`,
  );
  const { buyers, visitors } = result.model;
  console.log(
    `model: purchase ${result.model.purchaseModel.method}; buyers ${buyers.basis}` +
      (buyers.trainedOn ? ` on ${buyers.trainedOn.customers}` : '') +
      `; visitors ${visitors.basis}`,
  );
  console.log('purchase models on the same buyers:');
  for (const m of result.purchaseModels)
    console.log(
      `  ${m.model.padEnd(20)} AUC ${f(m.scores.auc)}  Brier ${f(m.scores.brier)}${m.chosen ? '  (used)' : ''}`,
    );
  console.log('calibration (decile: mean predicted / observed):');
  console.log(
    '  ' +
      result.calibration
        .map(
          (bin) => `${bin.decile}: ${bin.meanPredicted.toFixed(2)}/${bin.observedRate.toFixed(2)}`,
        )
        .join('  '),
  );
}

async function timed(work) {
  const started = performance.now();
  const result = await work();
  return [result, (performance.now() - started) / 1000];
}

async function main() {
  const database = await freshDatabase(`bench_churn_${process.pid}`);
  // The API's clock is the machine's: the 1997-98 history has long passed.
  const api = startApi({
    port: API_PORT,
    database: database.url,
    env: {
      LTV_NIGHTLY_AT: 'off',
      RETENTION_RECALCULATE_AT: 'off',
      RETENTION_AUTOMATION_EVERY_MINUTES: '0',
    },
  });
  try {
    await waitForHttp(`${base}/v1/health`);
    const [, ingestSeconds] = await timed(async () => {
      for (const batch of masterCsvBatches()) await call('/ltv/transactions', batch, 'text/csv');
    });
    console.log(`CDNOW_master ingested in ${ingestSeconds.toFixed(1)} s`);
    const holdout = await timed(() =>
      call('/retention/backtest', { asOf: '1997-09-30T00:00:00Z', horizonDays: 273 }),
    );
    report('backtest: asOf 1997-09-30, 273 days (39 weeks)', ...holdout);
    const fitted = await timed(() =>
      call('/retention/backtest', { asOf: '1998-03-31T00:00:00Z', horizonDays: 91 }),
    );
    report('backtest: asOf 1998-03-31, 91 days (correction fitted on the history)', ...fitted);
    const [recalculation, seconds] = await timed(() => call('/retention/recalculate', {}));
    console.log(
      `\nrecalculation of ${recalculation.customers} customers: ${seconds.toFixed(1)} s wall; risk levels ${JSON.stringify(recalculation.riskLevels)}`,
    );
  } finally {
    api.kill('SIGTERM');
    await new Promise((done) => api.once('exit', done));
    await database.drop();
  }
}

await main();
