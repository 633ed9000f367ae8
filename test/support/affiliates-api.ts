import { expect } from 'vitest';
import type { TestApp } from './test-app.js';

/**
 * The affiliate requests the specs make, with the admin key. Takes the app through a getter:
 * a spec builds these in its describe body, before beforeAll has started the app.
 */
export function affiliatesApi(app: () => TestApp) {
  // Numbers each registration, so that names and emails never collide within one app.
  let counter = 0;
  const post = (payload: unknown) =>
    app().request({ method: 'POST', url: '/v1/affiliates', payload: payload as object });
  /** Registers a new affiliate, changed by `overrides`, and returns it as the API answered. */
  const register = async (overrides: Record<string, unknown> = {}) => {
    counter += 1;
    const response = await post({
      name: `Affiliate ${counter}`,
      email: `affiliate${counter}@partners.example`,
      ...overrides,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  /** Suspends or reactivates an affiliate and returns the API's answer. */
  const changeStatus = async (id: string, action: 'suspend' | 'reactivate') => {
    const response = await app().request({ method: 'POST', url: `/v1/affiliates/${id}/${action}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const suspend = (id: string) => changeStatus(id, 'suspend');
  const reactivate = (id: string) => changeStatus(id, 'reactivate');
  return { post, register, suspend, reactivate };
}
