import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.js';

const keep = { keepDebugSecretKey: true };
const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

describe('the debug SECRET_KEY kept in the data directory', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'debug-secret-key-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const sqliteIn = (dir: string) => env({ SQLITE_PATH: join(dir, 'affiliate.sqlite') });

  it('is made once, beside the SQLite file, readable by its owner only, and reused', () => {
    const first = loadConfig(sqliteIn(dataDir), keep);
    const file = join(dataDir, '.secret-key');
    expect(first).toMatchObject({ secretKeyGenerated: true, secretKeyFile: file });
    expect(first.secretKey.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.secretKey);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadConfig(sqliteIn(dataDir), keep).secretKey).toBe(first.secretKey);
  });

  it('creates the data directory when it is not there yet', () => {
    const nested = join(dataDir, 'not', 'yet');
    expect(loadConfig(sqliteIn(nested), keep).secretKeyFile).toBe(join(nested, '.secret-key'));
  });

  it('is kept in the data directory with PostgreSQL too, where the data outlives a restart', () => {
    const vars = { ...sqliteIn(dataDir), DB_HOST: 'db' };
    const first = loadConfig(env(vars), keep);
    expect(first.secretKeyFile).toBe(join(dataDir, '.secret-key'));
    expect(loadConfig(env(vars), keep).secretKey).toBe(first.secretKey);
  });

  it('is not kept for an in-memory SQLite database, whose data dies with the process', () => {
    const config = loadConfig(env({ SQLITE_PATH: ':memory:' }), keep);
    expect(config.secretKeyFile).toBeUndefined();
    expect(config.secretKeyGenerated).toBe(true);
  });

  it('is neither read nor made when SECRET_KEY is set, or when the caller does not ask', () => {
    const set = loadConfig(env({ ...sqliteIn(dataDir), SECRET_KEY: 'k'.repeat(32) }), keep);
    expect(set).toMatchObject({ secretKey: 'k'.repeat(32), secretKeyGenerated: false });
    expect(set.secretKeyFile).toBeUndefined();
    expect(loadConfig(sqliteIn(dataDir)).secretKeyFile).toBeUndefined();
    expect(() => statSync(join(dataDir, '.secret-key'))).toThrow();
  });

  it('never stands in for SECRET_KEY in production, even with a key file present', () => {
    loadConfig(sqliteIn(dataDir), keep);
    expect(() => loadConfig(env({ ...sqliteIn(dataDir), DEBUG: 'false' }), keep)).toThrow(
      /SECRET_KEY: required when DEBUG=false/,
    );
  });

  it('refuses a kept key too short to sign with, naming the file', () => {
    writeFileSync(join(dataDir, '.secret-key'), 'short\n', { mode: 0o600 });
    expect(() => loadConfig(sqliteIn(dataDir), keep)).toThrow(/\.secret-key is shorter than 32/);
  });
});
