import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignsApi } from '../support/campaigns-api.js';
import { startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app.js';

/**
 * The Swagger UI as a user meets it: in a real (headless) Chromium, authorize with an API key,
 * then "Try it out" on GET /v1/campaigns and read the answer on the page. Debian's chromium
 * (`.ci/run` installs it); the page does not depend on the database, so it runs on SQLite only.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && !process.env.CI) {
  console.warn(
    `\n*** Swagger UI browser test SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium) ***\n`,
  );
}

describe.runIf(process.env.TEST_DB === 'sqlite' && (hasChromium || process.env.CI))(
  'the Swagger UI in a browser',
  () => {
    let t: TestApp;
    let browser: Browser;
    let baseUrl: string;

    beforeAll(async () => {
      t = await startTestApp();
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        // Without the background-networking flags Chromium keeps calling home, and this machine
        // refuses every such connection.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    it('authorizes with an API key and runs GET /v1/campaigns through "Try it out"', async () => {
      const { id } = await campaignsApi(() => t).create({ name: 'Seen from the browser' });
      const page = await browser.newPage();
      // The page runs under its Content-Security-Policy: anything it blocks shows up here.
      const blocked: string[] = [];
      page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) blocked.push(message.text());
      });
      // Fail on a missing element within seconds rather than at the test's own timeout.
      page.setDefaultTimeout(10_000);
      await page.goto(`${baseUrl}/docs`);

      await page.locator('button.authorize').first().click();
      const apiKeyScheme = page.locator('.auth-container').filter({ hasText: 'X-API-Key' });
      await apiKeyScheme.locator('input').fill(TEST_API_KEY);
      await apiKeyScheme.locator('button.authorize').click();
      await apiKeyScheme.locator('button.btn-done').click();

      const operation = page.locator('#operations-campaigns-listCampaigns');
      await operation.locator('.opblock-summary').click();
      await operation.getByRole('button', { name: 'Try it out' }).click();
      await operation.getByRole('button', { name: 'Execute' }).click();

      const answer = operation.locator('.live-responses-table .response');
      await expect
        .poll(() => answer.locator('.response-col_status').first().innerText())
        .toBe('200');
      const body = await answer.locator('.response-col_description').first().innerText();
      expect(body).toContain(id);
      expect(blocked).toEqual([]);
    });
  },
);
