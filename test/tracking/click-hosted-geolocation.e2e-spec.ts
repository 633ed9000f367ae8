import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeoLocator } from '../../libs/tracking/src/domain/geo-locator.port.js';
import type { HostedGeoLocator } from '../../libs/tracking/src/infrastructure/geolocation/hosted-geo-locator.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, SAFE_PAGE_URL, trackingApi } from '../support/tracking-api.js';
import { storedClick } from '../support/tracking-rows.js';

/**
 * With IP_GEOLOCATION_API_KEY, countries come from the hosted service (here a local stand-in
 * for ipinfo.io that places a GB address of the offline database in Ireland) once it has
 * answered; until then, from the offline database, so no click waits on the network.
 */
const VISITOR = '81.2.69.142';

describe('GET /v1/click with a hosted geolocation service', () => {
  let t: TestApp;
  let service: Server;
  const asked: { url?: string; authorization?: string }[] = [];
  const tracking = trackingApi(() => t);

  beforeAll(async () => {
    service = createServer((request, response) => {
      asked.push({ url: request.url, authorization: request.headers.authorization });
      response.end(request.url === `/${VISITOR}/country` ? 'IE\n' : 'undefined\n');
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    t = await startTestApp({
      env: {
        IP_GEOLOCATION_API_KEY: 'hosted-geo-token',
        IP_GEOLOCATION_URL: `http://127.0.0.1:${(service.address() as AddressInfo).port}`,
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => service.close(() => resolve()));
  });

  it('decides and stores the first click with the offline country, later ones with the hosted one', async () => {
    const campaign_id = await tracking.activeCampaign({ targeting: { countries: ['IE'] } });

    const first = expectRedirect(await tracking.click({ campaign_id }, { ip: VISITOR }));
    expect(first.location).toBe(SAFE_PAGE_URL);
    expect(await storedClick(t, first.clickId)).toMatchObject({
      country: 'GB',
      reasons: ['country_not_targeted'],
    });

    await (t.app.get(GeoLocator) as HostedGeoLocator).whenIdle();
    expect(asked).toEqual([
      { url: `/${VISITOR}/country`, authorization: 'Bearer hosted-geo-token' },
    ]);

    const second = expectRedirect(await tracking.click({ campaign_id }, { ip: VISITOR }));
    expect(new URL(second.location).origin).toBe('https://offers.example.com');
    expect(await storedClick(t, second.clickId)).toMatchObject({ country: 'IE', reasons: [] });
    expect(asked).toHaveLength(1);
  });
});
