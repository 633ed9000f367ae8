import { expect } from 'vitest';
import type { TestApp } from './test-app.js';

export interface ErasureAudit {
  id: string;
  status: string;
  subject: { customerIdHash: string; emailHash: string | null };
  contexts: { context: string; status: string; rowsAffected: number }[];
  [field: string]: unknown;
}

/** The erasure requests the specs make, with the admin key. Takes the app through a getter. */
export function privacyApi(app: () => TestApp) {
  const erase = (payload: unknown, headers: Record<string, string> = {}) =>
    app().request({
      method: 'POST',
      url: '/v1/privacy/erasures',
      payload: payload as never,
      headers,
    });
  const erasure = async (id: string): Promise<ErasureAudit> => {
    const response = await app().request({ method: 'GET', url: `/v1/privacy/erasures/${id}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  return {
    erase,
    erasure,
    /** Requests an erasure, lets the outbox deliver, and returns the finished audit. */
    eraseAndWait: async (payload: unknown): Promise<ErasureAudit> => {
      const response = await erase(payload);
      expect(response.statusCode, response.body).toBe(202);
      await app().drainOutbox();
      return erasure(response.json().id);
    },
  };
}

/** Rows each context reported erasing, by context name. */
export const rowsAffected = (audit: ErasureAudit) =>
  Object.fromEntries(audit.contexts.map((step) => [step.context, step.rowsAffected]));
