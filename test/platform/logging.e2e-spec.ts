import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app.js';

describe('request logs', () => {
  const lines: string[] = [];
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: { LOG_LEVEL: 'debug' },
      logDestination: { write: (line) => void lines.push(line) },
    });
  });
  afterAll(() => t.close());

  it('are JSON lines tagged with the request id, with the API key redacted', async () => {
    await t.request({
      method: 'GET',
      url: '/v1/campaigns',
      headers: { 'x-request-id': 'trace-42', authorization: `Bearer ${TEST_API_KEY}` },
    });
    const entries = lines.map(
      (line) =>
        JSON.parse(line) as {
          req?: { id?: string; headers?: Record<string, string> };
          msg: string;
        },
    );
    const completed = entries.find(
      (entry) => entry.req?.id === 'trace-42' && entry.msg === 'request completed',
    );
    expect(completed).toBeDefined();
    expect(completed!.req!.headers!['x-api-key']).toBe('[redacted]');
    expect(completed!.req!.headers!.authorization).toBe('[redacted]');
    expect(lines.join('\n')).not.toContain(TEST_API_KEY);
  });

  it('hides postback tokens and keys in logged URLs', async () => {
    await t.request({
      method: 'GET',
      url: '/v1/postback?token=very-secret-token&click_id=x',
      headers: { 'x-request-id': 'trace-43' },
    });
    const entry = lines
      .map((line) => JSON.parse(line) as { req?: { id?: string; url?: string } })
      .find((e) => e.req?.id === 'trace-43');
    expect(entry?.req?.url).toBe('/v1/postback?token=[redacted]&click_id=x');
    const leaking = lines.filter((line) => line.includes('very-secret-token'));
    expect(leaking).toEqual([]);
  });
});
