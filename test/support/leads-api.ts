import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestApp } from './test-app.js';

/** A contact submission that scores 100 once it arrives through a tracked click with UTM tags. */
export const STRONG_CONTACT = {
  email: 'ada@analytical-engines.co.uk',
  first_name: 'Ada',
  last_name: 'Lovelace',
  phone: '+44 20 7946 0958',
  company: 'Analytical Engines Ltd',
  job_title: 'Chief Technology Officer',
  message:
    'We run a marketing team of twelve people and would like a demo of the tracking and lead scoring features next week.',
};

/**
 * The form requests the specs make. Visitors post without an API key, each from its own
 * address unless told otherwise; admin requests carry the key. Takes the app through a getter.
 */
export function leadsApi(app: () => TestApp) {
  let visitors = 0;
  const freshIp = () => {
    visitors += 1;
    return `198.18.${(visitors >> 8) & 255}.${visitors & 255}`;
  };

  const submit = (payload: Record<string, unknown>, options: { ip?: string } = {}) =>
    app().request({
      method: 'POST',
      url: '/forms/submit',
      payload,
      remoteAddress: options.ip ?? freshIp(),
      headers: { 'x-api-key': '' },
    });

  /** As a plain HTML form posts it. */
  const submitEncoded = (body: string, options: { ip?: string } = {}) =>
    app().request({
      method: 'POST',
      url: '/forms/submit',
      payload: body,
      remoteAddress: options.ip ?? freshIp(),
      headers: { 'x-api-key': '', 'content-type': 'application/x-www-form-urlencoded' },
    });

  /** Submits and expects a 201; returns the answer. */
  const accepted = async (payload: Record<string, unknown>, options: { ip?: string } = {}) => {
    const response = await submit(payload, options);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };

  const getLead = async (id: string) => {
    const response = await app().request({ method: 'GET', url: `/forms/lead/${id}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  const changeStatus = (id: string, payload: Record<string, unknown>) =>
    app().request({ method: 'PATCH', url: `/forms/lead/${id}`, payload });

  const createForm = async (payload: Record<string, unknown>) => {
    const response = await app().request({ method: 'POST', url: '/forms', payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };

  const analytics = async (query = '') => {
    const response = await app().request({ method: 'GET', url: `/forms/analytics${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  return { freshIp, submit, submitEncoded, accepted, getLead, changeStatus, createForm, analytics };
}

/** The stored submissions' outcomes, oldest first. */
export async function submissionOutcomes(t: TestApp): Promise<string[]> {
  const rows: { outcome: string }[] = await t.dataSource.query(
    'SELECT outcome FROM lead_submissions ORDER BY submitted_at, id',
  );
  return rows.map((row) => row.outcome);
}

/** A problem's errors[] as `field: message` lines, in order. */
export const errorLines = (response: LightMyRequestResponse) =>
  ((response.json().errors ?? []) as { field: string; message: string }[]).map(
    (e) => `${e.field}: ${e.message}`,
  );
