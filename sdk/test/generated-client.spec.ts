import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createClient } from '@hey-api/openapi-ts';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../openapi-ts.config.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const COMMITTED = join(ROOT, 'sdk/src/client');

/** Every file under `dir`, by its path relative to it. */
function filesOf(dir: string): Map<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return new Map(
    entries
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path), readFileSync(path, 'utf8')];
      }),
  );
}

describe('the committed SDK', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'sdk-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('is what the generator makes of openapi.json (run `npm run sdk` after `npm run openapi`)', async () => {
    await createClient({
      ...config,
      input: join(ROOT, 'openapi.json'),
      output: { path: fresh },
      logs: { file: false, level: 'silent' },
    });
    const expected = filesOf(fresh);
    const committed = filesOf(COMMITTED);
    expect([...committed.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, text] of expected) expect(committed.get(path), path).toBe(text);
  });
});
