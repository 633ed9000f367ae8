import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '@app/platform';
import { postbackApi } from '../support/postback-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, testDialect } from '../support/test-database.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

/**
 * In debug mode without SECRET_KEY, a restart keeps the key, so advertisers' postback URLs
 * (their secrets derive from it) keep working. The data directory is a temporary one.
 */
describe('a restart in debug mode without SECRET_KEY', () => {
  const dataDirs: string[] = [];
  let database: { config: DatabaseConfig; drop: () => Promise<void> };
  let campaignId: string;
  let token: string;

  const newDataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'debug-restart-'));
    dataDirs.push(dir);
    return dir;
  };
  /** Boots the app on the same database, as the API boots, with `dataDir` as its data directory. */
  const boot = (dataDir: string) =>
    startTestApp({
      database: database.config,
      keepDebugSecretKey: true,
      env: { SQLITE_PATH: join(dataDir, 'affiliate.sqlite') },
    });
  const convert = async (app: TestApp, txid: string) => {
    const tracking = trackingApi(() => app);
    const { clickId } = expectRedirect(await tracking.click({ campaign_id: campaignId }));
    return postbackApi(() => app).send({ token, click_id: clickId, txid, revenue: '10' });
  };

  let dataDir: string;
  beforeAll(async () => {
    dataDir = newDataDir();
    database =
      testDialect() === 'sqlite'
        ? {
            config: {
              type: 'sqlite',
              path: join(dataDir, 'affiliate.sqlite'),
              migrationsRun: true,
            },
            drop: async () => undefined,
          }
        : await createTestDatabase();
    const first = await boot(dataDir);
    try {
      campaignId = await trackingApi(() => first).activeCampaign();
      token = await postbackApi(() => first).tokenOfCampaign(campaignId);
      const postback = await convert(first, 'order-before-restart');
      expect(postback.statusCode, postback.body).toBe(200);
    } finally {
      await first.close();
    }
  });
  afterAll(async () => {
    await database.drop();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it("keeps an advertiser's postback URL valid", async () => {
    const again = await boot(dataDir);
    try {
      expect(again.config.secretKeyFile).toBe(join(dataDir, '.secret-key'));
      expect(await postbackApi(() => again).tokenOfCampaign(campaignId)).toBe(token);
      const postback = await convert(again, 'order-after-restart');
      expect(postback.statusCode, postback.body).toBe(200);
    } finally {
      await again.close();
    }
  });

  it('would break it with a key of its own: the kept key is what keeps it valid', async () => {
    const elsewhere = await boot(newDataDir());
    try {
      const postback = await convert(elsewhere, 'order-with-another-key');
      expect(postback.statusCode).toBeGreaterThanOrEqual(400);
      expect(postback.statusCode).toBeLessThan(500);
    } finally {
      await elsewhere.close();
    }
  });
});
