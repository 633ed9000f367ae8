import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PurgeFingerprintsJob } from '../../libs/tracking/src/infrastructure/purge-fingerprints.job.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';
import { storedClick } from '../support/tracking-rows.js';

const HOUR_MS = 3_600_000;

describe('purging visitor fingerprints', () => {
  let t: TestApp;
  const api = trackingApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const fingerprints = async () =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM click_fingerprints'))[0].n);

  it('deletes the fingerprints past the 24-hour window, keeps the recent ones, once per hour', async () => {
    const campaignId = await api.activeCampaign();
    const visitor = '10.9.9.9';
    expectRedirect(await api.click({ campaign_id: campaignId }, { ip: visitor }));
    t.clock.advance(25 * HOUR_MS);
    expectRedirect(await api.click({ campaign_id: campaignId }, { ip: '10.9.9.10' }));
    expect(await fingerprints()).toBe(2);

    const job = t.app.get(PurgeFingerprintsJob);
    expect(await job.run()).toBe('ran');
    expect(await fingerprints()).toBe(1);
    expect(await job.run()).toBe('already-done');

    // The purged visitor is simply unique again, as they would be after 24 hours anyway.
    const { clickId } = expectRedirect(
      await api.click({ campaign_id: campaignId }, { ip: visitor }),
    );
    expect((await storedClick(t, clickId)).isUnique).toBe(true);
  });
});
