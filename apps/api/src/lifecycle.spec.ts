import { Writable } from 'node:stream';
import { ConfigError } from '@app/platform';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { reportStartFailure, shutDown } from './lifecycle.js';

function capture(): { logger: pino.Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines };
}

describe('start-up failure', () => {
  it('names the bad setting in one fatal JSON line, without a stack', () => {
    const { logger, lines } = capture();
    reportStartFailure(logger, new ConfigError(['API_PORT must be an integer number']));
    expect(lines()).toEqual([
      expect.objectContaining({
        level: 60,
        context: 'Bootstrap',
        msg: 'Start failed: Invalid configuration: API_PORT must be an integer number',
      }),
    ]);
    expect(lines()[0]).not.toHaveProperty('err');
  });

  it('keeps the cause of any other failure, such as an unreachable database', () => {
    const { logger, lines } = capture();
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED',
    });
    reportStartFailure(logger, refused);
    const [line] = lines();
    expect(line.msg).toBe('Start failed: connect ECONNREFUSED 127.0.0.1:1');
    expect(line.err).toMatchObject({ code: 'ECONNREFUSED', type: 'Error' });
  });
});

describe('shutdown on a signal', () => {
  it('closes the app, says so before and after, and answers exit code 0', async () => {
    const { logger, lines } = capture();
    let closed = false;
    const code = await shutDown({ close: async () => void (closed = true) }, logger, 'SIGTERM');
    expect(closed).toBe(true);
    expect(code).toBe(0);
    expect(lines().map((line) => line.msg)).toEqual(['Shutting down on SIGTERM', 'Stopped']);
  });

  it('answers exit code 1 when closing fails, with the reason', async () => {
    const { logger, lines } = capture();
    const app = { close: () => Promise.reject(new Error('pool stuck')) };
    expect(await shutDown(app, logger, 'SIGINT')).toBe(1);
    expect(lines().at(-1)).toMatchObject({ level: 50, msg: 'Shutdown failed: pool stuck' });
  });
});
