import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The built server as an operator runs it. It needs `npm run build` first; without a build the
 * spec is skipped (the functions main.ts calls are tested in lifecycle.spec.ts).
 */
const MAIN = join(process.cwd(), 'dist/apps/api/src/main.js');
const dir = mkdtempSync(join(tmpdir(), 'main-spec-'));
const runs: Run[] = [];
afterAll(() => {
  // A failed test may leave a server running (through npm, orphaned): stop it by the pid it logs.
  for (const line of runs.flatMap((run) => run.lines())) {
    const pid = /"pid":(\d+)/.exec(line)?.[1];
    if (pid) stopIfRunning(Number(pid));
  }
  rmSync(dir, { recursive: true, force: true });
});

function stopIfRunning(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone, as it should be.
  }
}

interface Run {
  child: ChildProcess;
  lines: () => string[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(env: Record<string, string>, viaNpm = false): Run {
  const base = { PATH: process.env.PATH ?? '', SQLITE_PATH: join(dir, 'a.sqlite'), API_PORT: '0' };
  const [command, args, cwd] = viaNpm
    ? ['npm', ['run', '--silent', 'start:prod'], process.cwd()]
    : [process.execPath, [MAIN], dir];
  const child = spawn(command, args, { env: { ...base, ...env }, cwd });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  );
  const run = { child, exit, lines: () => output.split('\n').filter(Boolean) };
  runs.push(run);
  return run;
}

async function waitFor(run: Run, text: string): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 100) {
    if (run.lines().some((line) => line.includes(text))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no "${text}" in:\n${run.lines().join('\n')}`);
}

describe.skipIf(!existsSync(MAIN))('the built server', () => {
  it('refuses a bad setting with one JSON line naming it, and exits 1', async () => {
    const run = start({ API_PORT: 'banana' });
    expect((await run.exit).code).toBe(1);
    const lines = run.lines();
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]) as { level: number; msg: string };
    expect(line.level).toBe(60);
    expect(line.msg).toMatch(/^Start failed: Invalid configuration: API_PORT /);
    // Loading the whole built app takes seconds on a busy machine before the config is read.
  }, 30_000);

  it('stops on SIGTERM, saying so, with exit code 0', async () => {
    const run = start({});
    await waitFor(run, 'API listening on');
    run.child.kill('SIGTERM');
    expect(await run.exit).toEqual({ code: 0, signal: null });
    const messages = run.lines().map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages.slice(-2)).toEqual(['Shutting down on SIGTERM', 'Stopped']);
  }, 30_000);

  // npm runs a script through `sh -c` and signals only that shell: without `exec` in the
  // script, the shell dies and the server lives on, orphaned.
  it('stops through npm too: the server itself receives the SIGTERM sent to npm', async () => {
    const run = start({}, true);
    await waitFor(run, 'API listening on');
    run.child.kill('SIGTERM');
    expect(await run.exit).toEqual({ code: 0, signal: null });
    expect(run.lines().at(-1)).toContain('"msg":"Stopped"');
  }, 30_000);
});
