import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { trackingApi } from '../support/tracking-api.js';

/** Headers helmet sets on every answer, whatever the route. */
const COMMON = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
  'origin-agent-cluster': '?1',
  'cross-origin-opener-policy': 'same-origin',
};
const API_CSP = "default-src 'none';base-uri 'none';form-action 'none';frame-ancestors 'none'";

/** The CSP header as a map of directive to its sources. */
const directives = (header: unknown) =>
  Object.fromEntries(
    String(header)
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources.join(' ')]),
  );

describe('security headers', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets nothing load, run or frame an API answer', async () => {
    const response = await t.request({ method: 'GET', url: '/v1/campaigns' });
    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({
      ...COMMON,
      'content-security-policy': API_CSP,
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
    });
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('sends them on problems too: 404, 401, malformed JSON', async () => {
    for (const request of [
      { method: 'GET' as const, url: '/v1/nowhere' },
      {
        method: 'GET' as const,
        url: '/v1/campaigns',
        headers: { 'x-api-key': 'wrong-key-of-some-length' },
      },
      {
        method: 'POST' as const,
        url: '/v1/campaigns',
        headers: { 'content-type': 'application/json' },
        payload: '{',
      },
    ]) {
      const response = await t.request(request);
      expect(response.statusCode, request.url).toBeGreaterThanOrEqual(400);
      expect(response.headers, request.url).toMatchObject({
        ...COMMON,
        'content-security-policy': API_CSP,
      });
    }
  });

  it('gives the Swagger UI a page policy: its own scripts, inline styles, data: images, no upgrade', async () => {
    for (const url of ['/docs', '/docs/swagger-ui-bundle.js', '/docs/swagger-ui-init.js']) {
      const response = await t.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      const csp = directives(response.headers['content-security-policy']);
      expect(csp, url).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self' https: 'unsafe-inline'",
        'img-src': "'self' data:",
        'object-src': "'none'",
        'frame-ancestors': "'self'",
      });
      expect(csp, url).not.toHaveProperty('upgrade-insecure-requests');
      expect(response.headers['x-frame-options'], url).toBe('SAMEORIGIN');
    }
    const page = await t.request({ method: 'GET', url: '/docs' });
    // Every script the page loads is its own: no inline <script> for the CSP to block.
    expect(page.body).not.toMatch(/<script>(?!\s*<\/script>)/);
    expect(page.body).toContain('swagger-ui-bundle.js');
    // The document itself is data for programs.
    const json = await t.request({ method: 'GET', url: '/docs-json' });
    expect(json.headers['content-security-policy']).toBe(API_CSP);
  });

  it('gives the mock landing pages the page policy', async () => {
    const response = await t.request({ method: 'GET', url: '/mock-offer-page?x=1' });
    expect(directives(response.headers['content-security-policy'])).toMatchObject({
      'style-src': "'self' https: 'unsafe-inline'",
    });
  });

  it('lets any site embed the impression pixel and leaves the click redirect its referrer', async () => {
    const campaignId = await tracking.activeCampaign();
    const pixel = await tracking.impression({ campaign_id: campaignId });
    expect(pixel.statusCode).toBe(200);
    expect(pixel.headers).toMatchObject({
      ...COMMON,
      'cross-origin-resource-policy': 'cross-origin',
    });
    const click = await tracking.click({ campaign_id: campaignId });
    expect(click.statusCode).toBe(302);
    expect(click.headers['referrer-policy']).toBeUndefined();
  });

  it('sends a tracking redirect only the headers a redirect can use, and its problems all', async () => {
    const campaignId = await tracking.activeCampaign();
    const click = await tracking.click({ campaign_id: campaignId });
    expect(click.statusCode).toBe(302);
    expect(click.headers).toMatchObject({
      'strict-transport-security': COMMON['strict-transport-security'],
      'x-content-type-options': 'nosniff',
    });
    for (const header of [
      'content-security-policy',
      'x-frame-options',
      'cross-origin-opener-policy',
      'cross-origin-resource-policy',
      'x-dns-prefetch-control',
    ]) {
      expect(click.headers[header], header).toBeUndefined();
    }

    const unknown = await tracking.click({ campaign_id: '0193a1b2-0000-7000-8000-000000000000' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers).toMatchObject({
      ...COMMON,
      'content-security-policy': API_CSP,
      'cross-origin-resource-policy': 'cross-origin',
    });
  });
});
