// npm run demo: fills a database with real-looking activity through the API itself (the
// generated SDK over HTTP: every record is made by the application's own commands, never by an
// insert), keeping under the API's rate limits. Two ways:
//   npm run demo                                   the configured database (.env or the embedded
//                                                  SQLite file npm start uses), with the API run
//                                                  in this process on a clock that walks through
//                                                  the last DEMO_DAYS (30) days, 500 clicks a day
//   npm run demo -- --url http://host:5000 --key ak_...
//                                                  a running API, now: 2 days of 80 clicks and
//                                                  8 form submissions. With default settings
//                                                  (TRUST_PROXY off) the API sees every visitor
//                                                  as this machine, so the demo paces itself
//                                                  under the per-address limits (54 clicks a
//                                                  minute): a little over two minutes.
// Both load the CDNOW purchase history, fit the LTV models, score churn and start a win-back
// campaign, then print what they made, the churn risk counts, the campaign's enrolment and how
// they were paced. The retention automation runs once on demand (POST /retention/automation/run),
// so the win-back campaign enrols the buyers at high or critical risk (the CDNOW history's silent
// ones among them) before the report. A failure prints one line and exits 1.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DemoRun } from './demo-run.mjs';
import { RISK_LEVELS } from './win-back.mjs';

const IN_PROCESS = { days: process.env.DEMO_DAYS ?? '30', clicksPerDay: '500', leadsPerDay: '12' };
/** Paced at 54 clicks a minute (see paced-fetch.mjs), and 16 leads stay under 18 in 10 minutes. */
const AGAINST_URL = { days: '2', clicksPerDay: '80', leadsPerDay: '8' };
const MINUTE = 60_000;

function readOptions() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      key: { type: 'string' },
      days: { type: 'string' },
      'clicks-per-day': { type: 'string' },
      'leads-per-day': { type: 'string' },
    },
  });
  if (values.url && !values.key) throw new Error('--url needs --key (an admin API key)');
  const defaults = values.url ? AGAINST_URL : IN_PROCESS;
  const whole = (name, given, low, high) => {
    const value = Number(given);
    if (!Number.isInteger(value) || value < low || value > high)
      throw new Error(`--${name} must be a whole number from ${low} to ${high}, not ${given}`);
    return value;
  };
  return {
    url: values.url?.replace(/\/+$/, ''),
    key: values.key,
    days: whole('days', values.days ?? defaults.days, 1, 365),
    clicksPerDay: whole(
      'clicks-per-day',
      values['clicks-per-day'] ?? defaults.clicksPerDay,
      1,
      1e6,
    ),
    leadsPerDay: whole('leads-per-day', values['leads-per-day'] ?? defaults.leadsPerDay, 0, 1e4),
  };
}

async function inProcessApi() {
  // The built app, as npm start builds it: the same configuration, plus a clock of our own.
  const platform = await import('../../dist/libs/platform/src/index.js');
  const access = await import('../../dist/libs/access/src/index.js');
  const { FixedClock } = await import('../../dist/libs/kernel/src/index.js');
  const { createApp } = await import('../../dist/apps/api/src/create-app.js');
  platform.loadDotEnv();
  // The demo's visitors come through one hop: each click names its own address in X-Forwarded-For.
  const config = {
    ...platform.loadConfig(),
    trustProxy: { kind: 'hops', hops: 1 },
    logLevel: 'warn',
  };
  const clock = new FixedClock(new Date());
  const app = await createApp(config, { clock });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { key } = await app
    .get(access.ApiKeyIssuer)
    .issue({ name: 'demo data', role: 'admin' })
    .catch(async (error) => {
      await app.close();
      throw error;
    });
  const where =
    config.database.type === 'sqlite' ? `SQLite at ${config.database.path}` : 'PostgreSQL';
  console.log(`Filling ${where} through the API (in this process, on a simulated clock)`);
  return {
    baseUrl: `http://127.0.0.1:${app.getHttpServer().address().port}`,
    key,
    clock,
    close: () => app.close(),
  };
}

function apiAt(options) {
  console.log(`Filling the API at ${options.url} (everything happens now)`);
  return {
    baseUrl: options.url,
    key: options.key,
    clock: null,
    close: async () => {},
  };
}

function report(run, started) {
  console.log('\n\nDemo data ready:');
  for (const [what, count] of Object.entries(run.totals)) console.log(`  ${what}: ${count}`);
  if (run.fit) {
    const { basis, bgNbd, customers } = run.fit;
    // The models may be set aside (too small a base, no convergence): say what was used.
    console.log(
      bgNbd.used
        ? `  LTV models fitted on ${customers} customers: BG/NBD r=${bgNbd.r.toFixed(3)} alpha=${bgNbd.alpha.toFixed(2)} a=${bgNbd.a.toFixed(3)} b=${bgNbd.b.toFixed(3)}`
        : `  LTV on ${customers} customers by ${basis.method}: ${basis.reason}`,
    );
  }
  const { churn, atRisk, performance } = run.retention;
  const risks = RISK_LEVELS.map((level) => `${level} ${churn.riskLevels[level] ?? 0}`);
  console.log(`  churn risk of ${churn.customers} customers: ${risks.join(', ')}`);
  console.log(
    `  win-back campaign: ${performance.enrolled} of the ${atRisk} customers at high or critical risk enrolled` +
      ` (${performance.control} held out as control), ${performance.sent} messaged by email`,
  );
  const { requests, heldBack, retries, busyRetries } = run.pacing;
  console.log(
    `  ${requests} requests in ${((Date.now() - started) / MINUTE).toFixed(1)} minutes;` +
      ` ${heldBack} held back to stay under the API's limits, ${retries} answered 429 and sent again,` +
      ` ${busyRetries} sent again after a recalculation already running (409)`,
  );
  console.log(
    '\nnpm start, then open /docs: GET /v1/analytics, /v1/analytics/attribution, /v1/campaigns,' +
      ' /v1/campaigns/{id}/performance, /v1/clicks, /v1/tracking/blocklists,' +
      ' /v1/conversions, /forms/hot-leads, /forms/analytics, /ltv/analysis, /ltv/segments,' +
      ' /retention/analytics.',
  );
}

/** One line a person can act on: an API's problem document, a refused option, a lost connection. */
function describeFailure(error) {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'status' in error) {
    const field = Array.isArray(error.errors) && error.errors[0];
    return (
      `the API answered ${error.status} ${error.code ?? error.title ?? ''}` +
      `${error.instance ? ` to ${error.instance}` : ''}: ${error.detail ?? error.title}` +
      (field ? ` (${field.field}: ${field.message})` : '')
    );
  }
  return String(error);
}

async function main() {
  const started = Date.now();
  const options = readOptions();
  const api = options.url ? apiAt(options) : await inProcessApi();
  try {
    const run = new DemoRun({
      baseUrl: api.baseUrl,
      apiKey: api.key,
      clock: api.clock,
      days: options.days,
      clicksPerDay: options.clicksPerDay,
      leadsPerDay: options.leadsPerDay,
      purchaseHistory: {},
    });
    await run.play();
    report(run, started);
  } finally {
    await api.close();
  }
}

main().catch((error) => {
  console.error(`\ndemo failed: ${describeFailure(error)}`);
  // Whatever it left open (a half-started API), the demo is over.
  process.exit(1);
});
