import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from './test-app.js';

/**
 * API keys made through the API with the admin key, and requests sent with one of them.
 * Takes the app through a getter: a spec builds these before beforeAll has started the app.
 */
export function apiKeysApi(app: () => TestApp) {
  const post = (payload: Record<string, unknown>) =>
    app().request({ method: 'POST', url: '/v1/api-keys', payload });
  /** Creates a key and returns the API's answer, secret included. */
  const create = async (payload: Record<string, unknown>) => {
    const response = await post({ name: 'a key', ...payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; key: string; role: string };
  };
  /** A request sent with `key` instead of the admin key. */
  const withKey = (key: string, options: InjectOptions) =>
    app().request({ ...options, headers: { ...(options.headers ?? {}), 'x-api-key': key } });
  const revoke = (id: string) => app().request({ method: 'DELETE', url: `/v1/api-keys/${id}` });
  return { post, create, withKey, revoke };
}
