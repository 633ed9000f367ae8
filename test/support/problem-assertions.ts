import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/**
 * Asserts that `response` is an RFC 9457 problem with this status and code, and returns its
 * body for further checks.
 */
export function expectProblem(
  response: LightMyRequestResponse,
  status: number,
  code: string,
): Record<string, unknown> {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json();
  expect(body).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status,
    detail: expect.any(String),
    code,
  });
  return body;
}

/** The field paths a problem body names in `errors`, in its order (none: []). */
export const fieldsOf = (body: Record<string, unknown>) =>
  ((body.errors ?? []) as { field: string }[]).map((e) => e.field);
