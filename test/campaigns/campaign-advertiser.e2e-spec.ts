import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EveryCampaignHasAnAdvertiser1765200100000 } from '../../libs/campaigns/src/infrastructure/migrations/1765200100000-every-campaign-has-an-advertiser.js';
import { campaignsApi, validCampaign } from '../support/campaigns-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every campaign belongs to an advertiser record: its postback credentials are what record the
 * campaign's conversions. Clients that only ever sent advertiserName keep working.
 */
describe('the advertiser every campaign belongs to', () => {
  let t: TestApp;
  const campaigns = campaignsApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const advertisersNamed = async (name: string) =>
    (await t.request({ method: 'GET', url: '/v1/advertisers?limit=200' }))
      .json()
      .data.filter((a: { name: string }) => a.name === name);

  it('is the advertiser of the advertiserName given, registered with its first campaign', async () => {
    const first = await campaigns.create({ advertiserName: '  Named Only Inc ' });
    const second = await campaigns.create({ advertiserName: 'Named Only Inc' });
    const [advertiser] = await advertisersNamed('Named Only Inc');
    expect(advertiser).toBeDefined();
    expect(first.advertiserId).toBe(advertiser.id);
    expect(second.advertiserId).toBe(advertiser.id);
  });

  it('is registered once when campaigns of a new name are created at the same moment', async () => {
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => campaigns.post({ ...validCampaign(), advertiserName: 'Race Ltd' })),
    );
    expect(answers.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    const advertisers = await advertisersNamed('Race Ltd');
    expect(advertisers).toHaveLength(1);
    expect(new Set(answers.map((r) => r.json().advertiserId))).toEqual(
      new Set([advertisers[0].id]),
    );
  });

  it('is not registered for a campaign that is refused', async () => {
    expectProblem(
      await campaigns.post({
        ...validCampaign(),
        advertiserName: 'Never Ltd',
        offerUrl: 'ftp://x',
      }),
      422,
      'CAMPAIGNS.INVALID_CAMPAIGN',
    );
    expect(await advertisersNamed('Never Ltd')).toEqual([]);
  });

  it('is given by the migration to campaigns that named only advertiserName', async () => {
    const registered = await campaigns.create({ advertiserName: 'Already Registered' });
    const runner = t.dataSource.createQueryRunner();
    const migration = new EveryCampaignHasAnAdvertiser1765200100000();
    try {
      await migration.down(runner);
      const older = await campaigns.create({ advertiserName: 'Old Style Co' });
      const olderStill = await campaigns.create({ advertiserName: 'Old Style Co' });
      const alreadyKnown = await campaigns.create({ advertiserName: 'Already Registered' });
      // As such rows were before the migration: no advertiser record, only a name.
      const ids = [older.id, olderStill.id, alreadyKnown.id];
      await runner.query(
        `UPDATE campaigns SET advertiser_id = NULL WHERE id IN (${ids.map((id) => `'${id}'`).join(', ')})`,
      );
      await runner.query(`DELETE FROM advertisers WHERE name = 'Old Style Co'`);
      await migration.up(runner);

      const [oldStyle] = await advertisersNamed('Old Style Co');
      expect(oldStyle).toBeDefined();
      expect((await campaigns.get(older.id)).advertiserId).toBe(oldStyle.id);
      expect((await campaigns.get(olderStill.id)).advertiserId).toBe(oldStyle.id);
      expect((await campaigns.get(alreadyKnown.id)).advertiserId).toBe(registered.advertiserId);
      const nulls = await runner.query(
        'SELECT COUNT(*) AS n FROM campaigns WHERE advertiser_id IS NULL',
      );
      expect(Number(nulls[0].n)).toBe(0);
      // And the column now refuses a campaign without one.
      await expect(
        runner.query(`UPDATE campaigns SET advertiser_id = NULL WHERE id = '${older.id}'`),
      ).rejects.toThrow();
    } finally {
      await runner.release();
    }
  });
});
