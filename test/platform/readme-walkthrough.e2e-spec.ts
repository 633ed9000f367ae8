import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app.js';

/**
 * The README's "From a shell" block, run as written against a listening API: a newcomer's first
 * minutes must not end on a placeholder, a missing step or the safe page.
 */
function walkthrough(): string {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const block = /From a shell[\s\S]*?```bash\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('README has no "From a shell" bash block');
  return block;
}

function run(script: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    // Not spawnSync: the API answering the script lives in this process's event loop.
    const child = spawn('bash', ['-e', '-c', script]);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

const hasCurl = spawnSync('curl', ['--version']).status === 0;
if (!hasCurl) console.warn('!!! curl is missing: the README walkthrough test is SKIPPED.');

describe.skipIf(!hasCurl)('the README walkthrough', () => {
  let api: TestApp;
  let port: number;
  beforeAll(async () => {
    api = await startTestApp();
    await api.app.listen({ host: '127.0.0.1', port: 0 });
    port = (api.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => api.close());

  it('ends on a 302 to the offer, with the click id, for a desktop curl from this machine', async () => {
    const script = walkthrough()
      .replace(/^KEY=.*$/m, `KEY=${TEST_API_KEY}`)
      .replaceAll('localhost:5000', `127.0.0.1:${port}`);
    const { code, output } = await run(script);
    expect(output).toContain('"status":"active"');
    expect(output).toMatch(/^HTTP\/1\.1 302 Found\r?$/m);
    expect(output).toMatch(/^location: https:\/\/offers\.example\.com\/vpn\?click=[\w-]+&aff=/m);
    expect(output).toMatch(/^x-click-id: [\w-]+\r?$/m);
    expect(code).toBe(0);
  });
});
