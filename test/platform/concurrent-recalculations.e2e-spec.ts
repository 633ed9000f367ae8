import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExclusiveRuns } from '@app/platform';
import { LTV_PREDICTIONS_RUN } from '../../libs/ltv/src/application/commands/ltv-predictions-run.js';
import { NightlyRecalculationJob } from '../../libs/ltv/src/infrastructure/nightly-recalculation.job.js';
import { RetentionJobs } from '../../libs/retention/src/infrastructure/retention-jobs.js';
import { ltvApi, syntheticPurchases } from '../support/ltv-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { retentionApi } from '../support/retention-api.js';
import { HISTORY } from '../support/retention-flow.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';

const NOW = new Date('2026-11-26T09:00:00Z');
const PARALLEL = 8;
/** 80 synthetic buyers, and the 25 of the retention history (who bought nothing). */
const LTV_CUSTOMERS = 80;
/** Retention assesses both: buyers are customers too. */
const CHURN_CUSTOMERS = LTV_CUSTOMERS + 25;

/**
 * Recalculations replace whole tables. Started together (a double click, two operators, a
 * scheduled run meeting an on-demand one), each must either run alone and answer its full
 * result, or be told to come back (409 with Retry-After); never a 500, never tables written by
 * two runs at once.
 */
describe('concurrent recalculations', () => {
  let t: TestApp;
  const ltv = ltvApi(() => t);
  const retention = retentionApi(() => t);

  beforeAll(async () => {
    t = await startTestApp({ now: NOW });
    await ltv.record(syntheticPurchases(LTV_CUSTOMERS, NOW));
    await retention.events(HISTORY);
  });
  afterAll(() => t.close());

  const count = async (sql: string) => Number((await t.dataSource.query(sql))[0].n);

  /** Sends `PARALLEL` copies at once; returns the successes, having checked every refusal. */
  const inParallel = async (send: () => Promise<LightMyRequestResponse>) => {
    const answers = await Promise.all(Array.from({ length: PARALLEL }, send));
    const refused = answers.filter((answer) => answer.statusCode === 409);
    for (const answer of refused) {
      expectProblem(answer, 409, 'HTTP.ALREADY_RUNNING');
      expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
    const succeeded = answers.filter((answer) => answer.statusCode !== 409);
    for (const answer of succeeded) expect(answer.statusCode, answer.body).toBe(200);
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    return succeeded.map((answer) => answer.json());
  };

  it('fits the LTV models once per run, never two runs into one table', async () => {
    const models = await inParallel(() =>
      t.request({ method: 'POST', url: '/ltv/recalculate', payload: {} }),
    );
    for (const model of models) expect(model.customers).toBe(LTV_CUSTOMERS);
    expect(await count('SELECT COUNT(*) AS n FROM ltv_model_fits')).toBe(models.length);
    expect(await count('SELECT COUNT(*) AS n FROM ltv_predictions')).toBe(LTV_CUSTOMERS);
    // Every prediction comes from one fit, and each customer entered a segment once.
    expect(
      await count(
        'SELECT COUNT(DISTINCT p.fit_id) AS n FROM ltv_predictions p JOIN ltv_model_fits f ON f.id = p.fit_id',
      ),
    ).toBe(1);
    expect(
      await count('SELECT COUNT(*) AS n FROM ltv_segment_transitions WHERE from_segment IS NULL'),
    ).toBe(LTV_CUSTOMERS);
  });

  it('moves customers to new segment thresholds once, however many ask at once', async () => {
    const [{ top }] = await t.dataSource.query(
      'SELECT MAX(predicted_clv_minor) AS top FROM ltv_predictions',
    );
    const moves = async () =>
      count('SELECT COUNT(*) AS n FROM ltv_segment_transitions WHERE fit_id IS NULL');
    const movesBefore = await moves();
    const segmentsBefore = new Map<string, string>(
      (await t.dataSource.query('SELECT customer_id, segment FROM ltv_predictions')).map(
        (row: { customer_id: string; segment: string }) => [row.customer_id, row.segment],
      ),
    );
    const rule = {
      mode: 'absolute',
      thresholds: { VIP: Number(top) / 100, High: 1, Medium: 0.5 },
    };
    const views = await inParallel(() =>
      t.request({ method: 'PUT', url: '/ltv/segments', payload: rule }),
    );
    for (const view of views) {
      const total = view.segments.reduce(
        (sum: number, s: { customers: number }) => sum + s.customers,
        0,
      );
      expect(total).toBe(LTV_CUSTOMERS);
    }
    const after: { customer_id: string; segment: string }[] = await t.dataSource.query(
      'SELECT customer_id, segment FROM ltv_predictions',
    );
    const moved = after.filter((row) => segmentsBefore.get(row.customer_id) !== row.segment);
    expect(moved.length).toBeGreaterThan(0);
    // One transition per customer who moved: what a single run records.
    expect((await moves()) - movesBefore).toBe(moved.length);
  });

  it('rates churn once per run, never two runs into one table', async () => {
    const results = await inParallel(() =>
      t.request({ method: 'POST', url: '/retention/recalculate' }),
    );
    for (const result of results) expect(result.customers).toBe(CHURN_CUSTOMERS);
    expect(await count('SELECT COUNT(*) AS n FROM churn_predictions')).toBe(CHURN_CUSTOMERS);
  });

  it('runs again once the previous run has finished', async () => {
    const model = await ltv.recalculate();
    expect(model.customers).toBe(LTV_CUSTOMERS);
    expect((await retention.recalculate()).customers).toBe(CHURN_CUSTOMERS);
  });

  const recalculateLtv = () => t.request({ method: 'POST', url: '/ltv/recalculate', payload: {} });
  const expectAlreadyRunning = (answer: LightMyRequestResponse) => {
    expectProblem(answer, 409, 'HTTP.ALREADY_RUNNING');
    expect(answer.headers['retry-after']).toBe('5');
  };

  it('refuses on-demand runs and holds the nightly refit back while a refit runs', async () => {
    const nightly = t.app.get(NightlyRecalculationJob);
    t.clock.set(new Date('2026-11-27T02:00:00Z'));
    await t.app.get(ExclusiveRuns).run(LTV_PREDICTIONS_RUN, 'a refit', async () => {
      expectAlreadyRunning(await recalculateLtv());
      expectAlreadyRunning(
        await t.request({ method: 'PUT', url: '/ltv/segments', payload: { mode: 'percentile' } }),
      );
      // The night's period stays open: the next tick runs it.
      expect(await nightly.run()).toBe('running-elsewhere');
    });
    expect(await nightly.run()).toBe('ran');
  });

  it('keeps the daily churn run and an on-demand one apart', async () => {
    const jobs = t.app.get(RetentionJobs);
    t.clock.set(new Date('2026-11-27T03:00:00Z'));
    await t.app.get(ExclusiveRuns).run('retention.churn-predictions', 'a churn run', async () => {
      expectAlreadyRunning(await t.request({ method: 'POST', url: '/retention/recalculate' }));
      expect(await jobs.recalculateDaily()).toBe('running-elsewhere');
    });
    expect(await jobs.recalculateDaily()).toBe('ran');
  });

  it.runIf(testDialect() === 'postgres')('refuses a run that another replica holds', async () => {
    const replica = await startTestApp({ replicaOf: t, now: NOW });
    try {
      await t.app.get(ExclusiveRuns).run(LTV_PREDICTIONS_RUN, 'a refit', async () => {
        const answer = await replica.request({
          method: 'POST',
          url: '/ltv/recalculate',
          payload: {},
        });
        expectAlreadyRunning(answer);
      });
      expect(
        (await replica.request({ method: 'POST', url: '/ltv/recalculate', payload: {} }))
          .statusCode,
      ).toBe(200);
    } finally {
      await replica.close();
    }
  });
});
