import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app.js';

/**
 * The bash blocks of the README's walkthrough, run in order as written against a listening API:
 * a newcomer's first minutes must not end on a placeholder, a missing step or the safe page.
 */
function walkthrough(): string {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const section = /^## A five-minute walkthrough\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1];
  if (!section) throw new Error('README has no "A five-minute walkthrough" section');
  const blocks = [...section.matchAll(/^```bash\n([\s\S]*?)^```/gm)].map((match) => match[1]);
  if (!/From a shell/.test(section) || blocks.length === 0) {
    throw new Error('the README walkthrough has no "From a shell" bash blocks');
  }
  return blocks.join('\n');
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

  it('follows the link to a 302 to the offer, records the postback and shows it in the stats', async () => {
    const script = walkthrough()
      .replace(/^KEY=.*$/m, `KEY=${TEST_API_KEY}`)
      .replaceAll('localhost:5000', `127.0.0.1:${port}`);
    const { code, output } = await run(script);
    expect(output).toContain('"status":"active"');
    expect(output).toMatch(/^HTTP\/1\.1 302 Found\r?$/m);
    expect(output).toMatch(/^location: https:\/\/offers\.example\.com\/vpn\?click=[\w-]+&aff=/m);
    expect(output).toMatch(/^x-click-id: [\w-]+\r?$/m);
    expect(output).toContain('"status":"recorded"');
    expect(output).toContain('"conversionStatus":"approved"');
    expect(output).toMatch(/"clicks":1,.*"conversions":1,.*"revenue":49\.9,"cost":12\.5/);
    expect(code).toBe(0);
  });
});
