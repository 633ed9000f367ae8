import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScheduledJobRunner } from '@app/platform';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('scheduled jobs run once per period', () => {
  let t: TestApp;
  let jobs: ScheduledJobRunner;
  beforeAll(async () => {
    t = await startTestApp();
    jobs = t.app.get(ScheduledJobRunner);
  });
  afterAll(() => t.close());

  it('runs a job the first time in a period and skips it afterwards', async () => {
    let runs = 0;
    const work = async () => {
      runs += 1;
    };
    expect(await jobs.runOncePerPeriod('nightly-fit', '2026-11-26', work)).toBe('ran');
    expect(await jobs.runOncePerPeriod('nightly-fit', '2026-11-26', work)).toBe('already-done');
    expect(await jobs.runOncePerPeriod('nightly-fit', '2026-11-27', work)).toBe('ran');
    expect(runs).toBe(2);
  });

  it('lets only one of two simultaneous callers run the job', async () => {
    let runs = 0;
    const slowWork = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
    };
    const outcomes = await Promise.all([
      jobs.runOncePerPeriod('rollup', '2026-11-26T09', slowWork),
      jobs.runOncePerPeriod('rollup', '2026-11-26T09', slowWork),
    ]);
    expect(outcomes.sort()).toEqual(['ran', 'running-elsewhere']);
    expect(runs).toBe(1);
  });

  it('runs the job again in the same period when the first attempt failed', async () => {
    await expect(
      jobs.runOncePerPeriod('flaky', 'p1', async () => {
        throw new Error('failed halfway');
      }),
    ).rejects.toThrow('failed halfway');
    expect(await jobs.runOncePerPeriod('flaky', 'p1', async () => undefined)).toBe('ran');
  });
});
