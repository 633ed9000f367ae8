import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IpTruncationSweeper } from '@app/platform';
import { TruncateSubmissionIpsJob } from '../../libs/leads/src/infrastructure/truncate-submission-ips.job.js';
import {
  CLICK_IP_SWEEP,
  TruncateClickIpsJob,
} from '../../libs/tracking/src/infrastructure/truncate-click-ips.job.js';
import { leadsApi } from '../support/leads-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';
import { storedClick } from '../support/tracking-rows.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = new Date('2026-09-01T00:00:00Z');

const V4 = '203.0.113.77';
const V6 = '2001:db8:85a3:8d3:1319:8a2e:370:7348';
const MAPPED = '::ffff:198.51.100.23';

describe('truncating visitor IP addresses after IP_RETENTION_DAYS', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const leads = leadsApi(() => t);
  beforeAll(async () => {
    t = await startTestApp({ now: START });
  });
  afterAll(() => t.close());

  const click = async (campaignId: string, ip: string) =>
    expectRedirect(await tracking.click({ campaign_id: campaignId }, { ip })).clickId;
  const clickIp = async (id: string) => (await storedClick(t, id)).ip;

  const submission = async (ip: string) =>
    (await leads.accepted({ email: `${ip.replace(/[:.]/g, '-')}@example.com` }, { ip }))
      .submissionId as string;
  const submissionColumn = async (id: string, column: 'ip' | 'ip_network') => {
    const placeholder = testDialect() === 'postgres' ? '$1' : '?';
    const [row] = await t.dataSource.query(
      `SELECT ${column} AS value FROM lead_submissions WHERE id = ${placeholder}`,
      [id],
    );
    return row.value as string | null;
  };
  const submissionIp = (id: string) => submissionColumn(id, 'ip');
  /** The network the form rate limit counted the sender by: no more kept than the address. */
  const submissionNetwork = (id: string) => submissionColumn(id, 'ip_network');

  it('truncates exactly the clicks and submissions older than the window, IPv4 and IPv6, once per hour', async () => {
    const campaignId = await tracking.activeCampaign();
    // Written at START: past the window at the first run below.
    const oldClicks = [
      await click(campaignId, V4),
      await click(campaignId, V6),
      await click(campaignId, MAPPED),
    ];
    const oldSubmissions = [await submission(V4), await submission(V6)];
    // One hour later: still inside the window at the first run.
    t.clock.advance(HOUR);
    const newClicks = [
      await click(campaignId, '192.0.2.200'),
      await click(campaignId, '2001:db8::99'),
    ];
    const newSubmission = await submission('192.0.2.201');

    // 30 days and 30 minutes after START: the window's edge falls between the two groups.
    t.clock.set(new Date(START.getTime() + 30 * DAY + 30 * 60_000));
    expect(await t.app.get(TruncateClickIpsJob).run()).toBe('ran');
    expect(await t.app.get(TruncateSubmissionIpsJob).run()).toBe('ran');

    expect(await Promise.all(oldClicks.map(clickIp))).toEqual([
      '203.0.113.0',
      '2001:db8:85a3::',
      '::ffff:198.51.100.0',
    ]);
    expect(await Promise.all(oldSubmissions.map(submissionIp))).toEqual([
      '203.0.113.0',
      '2001:db8:85a3::',
    ]);
    expect(await Promise.all(oldSubmissions.map(submissionNetwork))).toEqual([
      '203.0.113.0',
      '2001:db8:85a3::',
    ]);
    expect(await submissionNetwork(newSubmission)).toBe('192.0.2.201');
    expect(await Promise.all(newClicks.map(clickIp))).toEqual(['192.0.2.200', '2001:db8::99']);
    expect(await submissionIp(newSubmission)).toBe('192.0.2.201');
    // The rest of a truncated click is untouched.
    expect(await storedClick(t, oldClicks[0])).toMatchObject({
      campaignId,
      destinationKind: 'offer',
    });

    // Once per hour across replicas.
    expect(await t.app.get(TruncateClickIpsJob).run()).toBe('already-done');

    // An hour later the newer group has crossed the window too.
    t.clock.advance(HOUR);
    expect(await t.app.get(TruncateClickIpsJob).run()).toBe('ran');
    expect(await t.app.get(TruncateSubmissionIpsJob).run()).toBe('ran');
    expect(await Promise.all(newClicks.map(clickIp))).toEqual(['192.0.2.0', '2001:db8::']);
    expect(await submissionIp(newSubmission)).toBe('192.0.2.0');
    expect(await submissionNetwork(newSubmission)).toBe('192.0.2.0');
    expect(await clickIp(oldClicks[0])).toBe('203.0.113.0');
  });

  it('resumes after its watermark in bounded batches and never reads a swept row again', async () => {
    const campaignId = await tracking.activeCampaign();
    const ips = Array.from({ length: 7 }, (_, i) => `198.51.100.${10 + i}`);
    const ids: string[] = [];
    for (const ip of ips) ids.push(await click(campaignId, ip));
    t.clock.advance(31 * DAY);
    const sweeper = t.app.get(IpTruncationSweeper);
    const cutoff = new Date(t.clock.now().getTime() - 30 * DAY);

    // Batches of 3: the seven clicks take three batches, everything older was swept before.
    expect(await sweeper.sweep(CLICK_IP_SWEEP, cutoff, 3)).toEqual({ scanned: 7, truncated: 7 });
    expect(await Promise.all(ids.map(clickIp))).toEqual(ips.map(() => '198.51.100.0'));
    // Nothing past the watermark: a rerun reads nothing at all.
    expect(await sweeper.sweep(CLICK_IP_SWEEP, cutoff, 3)).toEqual({ scanned: 0, truncated: 0 });
  });
});
