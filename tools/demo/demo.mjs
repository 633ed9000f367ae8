// npm run demo: fills a database with a month of real-looking activity, through the API itself
// (the generated SDK over HTTP: every record is made by the application's own commands, never
// by an insert). Two ways:
//   npm run demo                                   the configured database (.env or the embedded
//                                                  SQLite file npm start uses), with the API run
//                                                  in this process on a clock that walks through
//                                                  the last DEMO_DAYS days
//   npm run demo -- --url http://host:5000 --key ak_...
//                                                  a running API; everything happens now, and
//                                                  visitors' countries need TRUST_PROXY=1 there
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createPlatformClient } from '../../sdk/dist/index.js';
import { DemoRun } from './demo-run.mjs';
import { loadPurchaseHistory } from './purchase-history.mjs';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    key: { type: 'string' },
    days: { type: 'string', default: process.env.DEMO_DAYS ?? '30' },
    'clicks-per-day': { type: 'string', default: '500' },
  },
});
const days = Number(values.days);
const clicksPerDay = Number(values['clicks-per-day']);
if (!Number.isInteger(days) || days < 1 || days > 365) throw new Error('--days must be 1 to 365');
if (!Number.isInteger(clicksPerDay) || clicksPerDay < 1)
  throw new Error('--clicks-per-day must be a whole number');

async function inProcessApi() {
  // The built app, as npm start builds it: the same configuration, plus a clock of our own.
  const platform = await import('../../dist/libs/platform/src/index.js');
  const { createApp } = await import('../../dist/apps/api/src/create-app.js');
  platform.loadDotEnv();
  // The demo's visitors come through one hop: each click names its own address in X-Forwarded-For.
  const config = {
    ...platform.loadConfig(),
    trustProxy: { kind: 'hops', hops: 1 },
    logLevel: 'warn',
  };
  const clock = new platform.FixedClock(new Date());
  const app = await createApp(config, { clock });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { key } = await app
    .get(platform.ApiKeyService)
    .create({ name: 'demo data', role: 'admin' });
  const baseUrl = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  const where =
    config.database.type === 'sqlite' ? `SQLite at ${config.database.path}` : 'PostgreSQL';
  console.log(`Filling ${where} through the API (in this process, on a simulated clock)`);
  return { baseUrl, key, clock, close: () => app.close() };
}

const api = values.url
  ? { baseUrl: values.url.replace(/\/+$/, ''), key: values.key, clock: null, close: async () => {} }
  : await inProcessApi();
if (values.url && !values.key) throw new Error('--url needs --key (an admin API key)');

try {
  const client = createPlatformClient({ baseUrl: api.baseUrl, apiKey: api.key });
  const run = new DemoRun({ client, clock: api.clock, days, clicksPerDay });
  const totals = await run.play();
  const history = await loadPurchaseHistory(client);
  totals['LTV purchases (CDNOW history, ending yesterday)'] = history.purchases;
  console.log('\nDemo data ready:');
  for (const [what, count] of Object.entries(totals)) console.log(`  ${what}: ${count}`);
  if (history.fit) {
    const { basis, bgNbd, customers } = history.fit;
    // The models may be set aside (too small a base, no convergence): say what was used.
    console.log(
      bgNbd.used
        ? `  LTV models fitted on ${customers} customers: BG/NBD r=${bgNbd.r.toFixed(3)} alpha=${bgNbd.alpha.toFixed(2)} a=${bgNbd.a.toFixed(3)} b=${bgNbd.b.toFixed(3)}`
        : `  LTV on ${customers} customers by ${basis.method}: ${basis.reason}`,
    );
  }
  console.log(
    '\nnpm start, then open /docs: GET /v1/analytics, /v1/analytics/attribution, /v1/campaigns,' +
      ' /v1/campaigns/{id}/performance, /v1/clicks,' +
      ' /v1/conversions, /forms/hot-leads, /forms/analytics, /ltv/analysis, /ltv/segments,' +
      ' /retention/analytics.',
  );
} finally {
  await api.close();
}
