import { afterAll, describe, expect, it } from 'vitest';
import { answerProblem } from '../support/hostile/answer-checks.js';
import { eventStreamAnswer } from '../support/hostile/event-stream-answer.js';
import { hostileRequests } from '../support/hostile/hostile-requests.js';
import {
  type OpenApiDocument,
  type Operation,
  operationsOf,
} from '../support/hostile/openapi-operations.js';
import { walkerFixtures } from '../support/hostile/walker-fixtures.js';
import { startTestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';

/**
 * Every operation of the served OpenAPI document (so a new one is walked without a change
 * here), its baseline request built from the document's examples and real ids, then each
 * parameter and body field replaced by wrong types, nulls, absences, unknown fields, huge,
 * unicode and injection strings, absurd numbers and dates, plus malformed JSON and wrong
 * content types. Every answer must be a success or a 4xx problem+json; a 5xx is a bug.
 * The values come from fixed tables and fast-check with a fixed seed, so a failure repeats.
 */
// Limits far above what the walk sends from its one address: it tests input, not the limiters.
const UNLIMITED = '1000000';
const t = await startTestApp({
  env: {
    FORM_RATE_LIMIT: UNLIMITED,
    RATE_LIMIT_CLICK_PER_MINUTE: UNLIMITED,
    RATE_LIMIT_POSTBACK_PER_MINUTE: UNLIMITED,
    RATE_LIMIT_FORMS_PER_MINUTE: UNLIMITED,
    RATE_LIMIT_MANAGEMENT_PER_MINUTE: UNLIMITED,
  },
});
// Event streams never end: they are read over a real socket up to their first event.
await t.app.listen(0, '127.0.0.1');
const port = (t.app.getHttpServer().address() as { port: number }).port;
const defaultHeaders = { 'x-api-key': t.config.bootstrapApiKey! };
const document: OpenApiDocument = (await t.request({ method: 'GET', url: '/docs-json' })).json();
const fixtures = await walkerFixtures(t);
// Emptying the database would take the other operations' fixtures away: reset goes last.
const operations: Operation[] = operationsOf(document).sort(
  (a, b) => Number(a.operationId === 'resetData') - Number(b.operationId === 'resetData'),
);
const counts = new Map<string, number>();
let visitors = 0;
/** Baselines that did not succeed: their mutations test less than they could. */
const refusedBaselines: string[] = [];

describe(`hostile input on every operation (${testDialect()})`, () => {
  afterAll(async () => {
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
    const byKind = [...counts].map(([kind, count]) => `${kind}=${count}`).join(' ');
    console.info(`hostile input (${testDialect()}): ${total} requests: ${byKind}`);
    console.info(`baselines refused: ${refusedBaselines.join(', ') || 'none'}`);
    await t.close();
  });

  it('walks a document that has operations', () => {
    expect(operations.length).toBeGreaterThan(30);
  });

  it('knows the event-stream operations, to read them over a socket', () => {
    expect(operations.filter((operation) => operation.streams).map((o) => o.operationId)).toEqual([
      'streamRealtimeAnalytics',
    ]);
  });

  it.each(operations.map((operation) => [`${operation.method} ${operation.path}`, operation]))(
    '%s answers every hostile input with a success or a 4xx problem, never a 5xx',
    async (_route, operation) => {
      const failures: string[] = [];
      for (const { kind, label, request } of hostileRequests(document, operation, fixtures)) {
        visitors += 1;
        // A fresh address each time: rate limits must not hide the code behind them.
        const remoteAddress = `198.51.${(visitors >> 8) & 255}.${visitors & 255}`;
        const streamed = operation.streams
          ? await eventStreamAnswer(port, request, defaultHeaders)
          : null;
        const response = streamed ?? (await t.request({ ...request, remoteAddress }));
        if (streamed?.streamProblem) failures.push(`${label}: ${streamed.streamProblem}`);
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
        if (kind === 'baseline' && response.statusCode >= 400)
          refusedBaselines.push(`${operation.operationId} ${response.statusCode}`);
        const problem = answerProblem(response);
        if (problem) failures.push(`${label}: ${problem}`);
      }
      expect(failures).toEqual([]);
    },
    180_000,
  );
});
