import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('build exactly the schema the entities describe (nothing left for synchronize to do)', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('revert completely and run again', async () => {
    const applied = t.dataSource.migrations.length;
    for (let i = 0; i < applied; i += 1)
      await t.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await t.dataSource.showMigrations()).toBe(true);
    const rerun = await t.dataSource.runMigrations({ transaction: 'each' });
    expect(rerun).toHaveLength(applied);
    expect(await t.dataSource.showMigrations()).toBe(false);
  });
});
