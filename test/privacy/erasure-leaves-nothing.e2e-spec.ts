import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyTableAsText, tablesHolding, type TableText } from '../support/database-scan.js';
import { leadsApi } from '../support/leads-api.js';
import { postbackApi } from '../support/postback-api.js';
import { privacyApi } from '../support/privacy-api.js';
import { retentionApi } from '../support/retention-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

interface Person {
  customerId: string;
  email: string;
  clickIp: string;
  formIp: string;
  referer: string;
  /** The advertiser's order id: not personal, kept on the conversion. */
  orderId: string;
}

const ERASED: Person = {
  customerId: 'cust-zelda-5150',
  email: 'zelda.fitz@jazz-age.example',
  clickIp: '198.51.100.77',
  formIp: '198.51.100.78',
  referer: 'https://forum.example.net/u/zelda-private-profile',
  orderId: 'order-1001',
};
const KEPT: Person = {
  customerId: 'cust-scott-8080',
  email: 'scott.fitz@jazz-age.example',
  clickIp: '198.51.100.91',
  formIp: '198.51.100.92',
  referer: 'https://forum.example.net/u/scott-public-profile',
  orderId: 'order-1002',
};

/** Every form a person's identifiers take in storage: as sent, and URL-encoded into an offer URL. */
const tracesOf = (person: Person) => [
  person.customerId,
  person.email,
  encodeURIComponent(person.email),
  person.clickIp,
  person.formIp,
  person.referer,
];

/**
 * After an erasure completes, not one row of any table holds the customer's identifiers: a
 * scan of the whole database, so that a table or column added later cannot quietly keep them.
 * The identifiers travel everywhere a real customer's do: the click's external id and sub ids
 * (and so the filled offer URL and the sub1 rollup), the postback, the lead, the outbox,
 * LTV and retention. Nothing is allow-listed: the audit keeps keyed hashes only.
 */
describe('an erasure that leaves nothing behind', () => {
  let t: TestApp;
  const logLines: string[] = [];
  const tracking = trackingApi(() => t);
  const leads = leadsApi(() => t);
  const retention = retentionApi(() => t);
  const { eraseAndWait } = privacyApi(() => t);

  const leaveTraces = async (person: Person, campaignId: string, token: string) => {
    const { clickId } = expectRedirect(
      await tracking.click(
        {
          campaign_id: campaignId,
          external_id: person.customerId,
          sub1: person.customerId,
          sub2: person.email,
        },
        { ip: person.clickIp, referer: person.referer },
      ),
    );
    const postback = await postbackApi(() => t).send({
      token,
      click_id: clickId,
      txid: person.orderId,
      revenue: '40',
      currency: 'USD',
      customer_id: person.customerId,
    });
    expect(postback.statusCode, postback.body).toBe(200);
    await leads.accepted(
      { email: person.email, first_name: 'Fitzgerald', click_id: clickId },
      { ip: person.formIp },
    );
    await retention.events([
      {
        eventId: `login-${person.customerId}`,
        customerId: person.customerId,
        type: 'login',
        occurredAt: '2026-11-25T10:00:00Z',
      },
    ]);
  };

  let tables: TableText[];
  let auditHash: string;
  const sub1Totals: Record<'before' | 'after', unknown> = { before: null, after: null };
  const sumOfSub1Counters = async () =>
    (
      await t.dataSource.query(
        `SELECT SUM(clicks) AS clicks, SUM(conversions) AS conversions,
                SUM(revenue_minor) AS revenue FROM hourly_dimension_stats WHERE dimension = 'sub1'`,
      )
    ).map((row: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)])),
    );

  beforeAll(async () => {
    t = await startTestApp({
      env: { LOG_LEVEL: 'debug' },
      logDestination: { write: (line) => void logLines.push(line) },
    });
    const campaignId = await tracking.activeCampaign();
    const token = await postbackApi(() => t).tokenOfCampaign(campaignId);
    for (const person of [ERASED, KEPT]) await leaveTraces(person, campaignId, token);
    await t.drainOutbox();
    await retention.recalculate();
    sub1Totals.before = await sumOfSub1Counters();

    const audit = await eraseAndWait({ customerId: ERASED.customerId, email: ERASED.email });
    expect(audit.status).toBe('completed');
    auditHash = audit.subject.customerIdHash;
    tables = await everyTableAsText(t);
    sub1Totals.after = await sumOfSub1Counters();
  });
  afterAll(() => t.close());

  it('finds the kept customer where the erased one was: the scan sees every context', () => {
    for (const table of [
      'clicks',
      'conversions',
      'hourly_dimension_stats',
      'leads',
      'ltv_transactions',
      'retention_events',
      'outbox_events',
    ]) {
      expect(
        tables.map(({ table: name }) => name),
        table,
      ).toContain(table);
    }
    expect(tablesHolding(tables, KEPT.customerId)).toEqual(
      expect.arrayContaining([
        'clicks',
        'conversions',
        'hourly_dimension_stats',
        'ltv_transactions',
        'retention_events',
        'outbox_events',
      ]),
    );
    expect(tablesHolding(tables, KEPT.email)).toContain('leads');
  });

  it.each(tracesOf(ERASED))('keeps %j in no table', (trace) => {
    expect(tablesHolding(tables, trace)).toEqual([]);
  });

  it('moves the sub1 counters of the customer id to "(erased)", every total the same', async () => {
    expect(sub1Totals.after).toEqual(sub1Totals.before);
    const [erased] = await t.dataSource.query(
      `SELECT clicks, conversions FROM hourly_dimension_stats
       WHERE dimension = 'sub1' AND value = '(erased)'`,
    );
    expect({ clicks: Number(erased.clicks), conversions: Number(erased.conversions) }).toEqual({
      clicks: 1,
      conversions: 1,
    });
  });

  it('keeps the audit as a keyed hash of the customer', () => {
    expect(tablesHolding(tables, auditHash)).toContain('privacy_erasures');
  });

  it('wrote no customer id or email into the request log, not even from a postback URL', () => {
    expect(logLines.some((line) => line.includes('/v1/postback?'))).toBe(true);
    const personal = [ERASED, KEPT].flatMap((person) => [
      person.customerId,
      person.email,
      encodeURIComponent(person.email),
    ]);
    const leaking = logLines.filter((line) => personal.some((value) => line.includes(value)));
    expect(leaking).toEqual([]);
  });
});
