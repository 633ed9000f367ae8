import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    example?: unknown;
    schema?: Schema;
  }[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
};
type Schema = {
  properties?: Record<string, Schema>;
  $ref?: string;
  allOf?: unknown[];
  enum?: unknown[];
  type?: string;
  items?: Schema;
  example?: unknown;
};

/** The document the SDK is generated from, as committed: `npm run openapi` rewrites it. */
const COMMITTED = new URL('../../openapi.json', import.meta.url);

describe('the OpenAPI document', () => {
  let t: TestApp;
  let operations: { route: string; op: Operation }[];
  let document: {
    components: { securitySchemes: Record<string, unknown>; schemas: Record<string, Schema> };
    paths: object;
  };
  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.request({ method: 'GET', url: '/docs-json' })).json();
    operations = Object.entries(
      document.paths as Record<string, Record<string, Operation>>,
    ).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        route: `${method.toUpperCase()} ${path}`,
        op,
      })),
    );
  });
  afterAll(() => t.close());

  it('gives every operation a unique, readable operationId and a tag', () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations.every(({ op }) => (op.tags?.length ?? 0) > 0)).toBe(true);
  });

  it('is the committed openapi.json (run `npm run openapi` after changing the API)', () => {
    expect(JSON.parse(readFileSync(COMMITTED, 'utf8'))).toEqual(document);
  });

  it('gives every operation a summary', () => {
    const missing = operations.filter(({ op }) => !op.summary?.trim()).map(({ route }) => route);
    expect(missing).toEqual([]);
  });

  it('documents a 4xx problem+json answer on every operation that takes input', () => {
    const undocumented = operations
      .filter(({ op }) => (op.parameters?.length ?? 0) > 0 || op.requestBody !== undefined)
      .filter(({ op }) =>
        Object.entries(op.responses).every(
          ([status, response]) =>
            !status.startsWith('4') || !JSON.stringify(response).includes('problem+json'),
        ),
      )
      .map(({ route }) => route);
    expect(undocumented).toEqual([]);
  });

  it('gives every property of every schema an example, so the Swagger UI shows real values', () => {
    const isReference = (property: Schema) =>
      property.$ref !== undefined ||
      property.allOf !== undefined ||
      (property.type === 'array' && property.items?.$ref !== undefined);
    const missing = Object.entries(document.components.schemas).flatMap(([name, schema]) =>
      Object.entries(schema.properties ?? {})
        .filter(([, p]) => !isReference(p) && p.example === undefined && p.enum === undefined)
        .map(([property]) => `${name}.${property}`),
    );
    expect(missing).toEqual([]);
  });

  it('types every parameter; examples on all but the optional filters of reads', () => {
    // The Swagger UI fills examples in on "Try it out": an example filter or cursor on a read
    // would hide the caller's own data, so those describe their format instead.
    const problems = operations.flatMap(({ route, op }) =>
      (op.parameters ?? []).flatMap((parameter) => {
        const { name, example, schema } = parameter;
        const typed = schema?.type !== undefined || schema?.$ref !== undefined;
        const shown = example !== undefined || schema?.example !== undefined;
        const filter =
          route.startsWith('GET ') &&
          (op.security?.length ?? 0) > 0 &&
          parameter.in === 'query' &&
          !parameter.required;
        if (!typed) return [`${route} ${name}: no type`];
        if (filter && shown) return [`${route} ${name}: an example on a filter`];
        if (!filter && !shown && !schema?.enum) return [`${route} ${name}: no example`];
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('declares the API key schemes the Swagger UI Authorize button uses', () => {
    expect(document.components.securitySchemes).toEqual({
      apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
  });

  it('asks for the API key everywhere except on public routes, and documents the 401', () => {
    const publicRoutes = [
      'GET /v1/health',
      'GET /mock-offer-page',
      'GET /mock-safe-page',
      'GET /v1/click',
      'GET /v1/impression',
      'GET /v1/postback',
      'POST /v1/postback',
      'POST /forms/submit',
    ];
    for (const { route, op } of operations) {
      if (publicRoutes.includes(route)) {
        expect(op.security, route).toEqual([]);
      } else {
        expect(op.security, route).toEqual([{ apiKey: [] }, { bearer: [] }]);
        expect(op.responses['401'], route).toBeDefined();
      }
    }
  });

  it('documents the error responses of the campaign operations as problem+json', () => {
    const create = operations.find(({ route }) => route === 'POST /v1/campaigns')!.op;
    expect(create.operationId).toBe('createCampaign');
    expect(Object.keys(create.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '415', '422']),
    );
    expect(JSON.stringify(create.responses['422'])).toContain('application/problem+json');
  });

  it('serves the Swagger UI at /docs', async () => {
    const response = await t.request({ method: 'GET', url: '/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger-ui');
  });
});
