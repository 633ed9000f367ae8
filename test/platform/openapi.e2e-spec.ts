import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

type Operation = {
  operationId?: string;
  tags?: string[];
  security?: unknown[];
  responses: Record<string, unknown>;
};

describe('the OpenAPI document', () => {
  let t: TestApp;
  let operations: { route: string; op: Operation }[];
  let document: { components: { securitySchemes: Record<string, unknown> }; paths: object };
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
