import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppConfig, type DatabaseConfig, loadConfig } from '@app/platform';
import { runApiKeyCommand } from '../../apps/api/src/cli/api-key-command.js';
import { createApp } from '../../apps/api/src/create-app.js';
import { createTestDatabase } from '../support/test-database.js';

/** `npm run api-key -- create|list|revoke`, run in-process against a real database file. */
describe('the api-key command', () => {
  let config: AppConfig;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const database = await createTestDatabase();
    const folder = mkdtempSync(join(tmpdir(), 'api-key-cli-'));
    // SQLite in memory would vanish between the command and the app: use a file there.
    const db: DatabaseConfig =
      database.config.type === 'sqlite'
        ? { ...database.config, path: join(folder, 'cli.sqlite') }
        : database.config;
    config = { ...loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv), database: db };
    cleanup = async () => {
      await database.drop();
      rmSync(folder, { recursive: true, force: true });
    };
  });
  afterAll(() => cleanup());

  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const code = await runApiKeyCommand(argv, config, (line) => lines.push(line));
    return { code, lines };
  };

  it('creates a key that the API then accepts, lists it without the secret, and revokes it', async () => {
    const created = await run('create', '--name', 'ops');
    expect(created.code).toBe(0);
    const key = created.lines.find((line) => line.startsWith('ak_'))!;
    expect(key).toMatch(/^ak_[A-Za-z0-9_-]{43}$/);

    const app = await createApp(config, { outbox: { autoStart: false } });
    try {
      const call = () =>
        app.inject({ method: 'GET', url: '/v1/campaigns', headers: { 'x-api-key': key } });
      expect((await call()).statusCode).toBe(200);

      const listed = await run('list');
      expect(listed.lines.join('\n')).toContain('ops');
      expect(listed.lines.join('\n')).not.toContain(key);

      const id = listed.lines[0].split(/\s+/)[0];
      expect((await run('revoke', id)).code).toBe(0);
      expect((await call()).statusCode).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('prints its usage and fails on a command it does not know or a missing name', async () => {
    expect((await run('destroy')).code).toBe(2);
    expect((await run('create')).lines.join('\n')).toContain('Usage');
  });
});
