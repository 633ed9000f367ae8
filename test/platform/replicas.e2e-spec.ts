import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { FixedClock, ScheduledJobRunner, dataSourceOptions } from '@app/platform';
import { databaseSchema } from '../../apps/api/src/database-schema.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';

/**
 * Two replicas on one PostgreSQL: a second DataSource on the same database stands for the
 * second process. (SQLite is single-process by design, so this runs on PostgreSQL only.)
 */
describe.runIf(testDialect() === 'postgres')('two replicas on one PostgreSQL', () => {
  let t: TestApp;
  let secondReplica: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    secondReplica = await new DataSource(
      dataSourceOptions(t.config.database, databaseSchema),
    ).initialize();
  });
  afterAll(async () => {
    await secondReplica.destroy();
    await t.close();
  });

  it('runs a scheduled job on one replica only, even when both start it together', async () => {
    const clock = new FixedClock(new Date('2026-11-26T00:00:00Z'));
    const replicas = [t.app.get(ScheduledJobRunner), new ScheduledJobRunner(secondReplica, clock)];
    let runs = 0;
    const work = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 150));
    };
    const outcomes = await Promise.all(
      replicas.map((replica) => replica.runOncePerPeriod('nightly', '2026-11-26', work)),
    );
    expect(outcomes.sort()).toEqual(['ran', 'running-elsewhere']);
    expect(runs).toBe(1);
    expect(await replicas[1].runOncePerPeriod('nightly', '2026-11-26', work)).toBe('already-done');
  });
});
