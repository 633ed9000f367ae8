import { QueryBus } from '@nestjs/cqrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApprovedConversionsPage,
  type ConversionPosition,
  ListApprovedConversionsQuery,
  ListCustomerClicksQuery,
} from '@app/tracking';
import { analyticsApi } from '../support/analytics-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { GOOGLEBOT_UA } from '../support/tracking-api.js';

/** Tracking's queries for analytics, on the real databases: keyset pages and customer clicks. */
describe("tracking's published queries for analytics", () => {
  let t: TestApp;
  const api = analyticsApi(() => t);
  const conversionIds: string[] = [];
  let campaignId = '';

  beforeAll(async () => {
    t = await startTestApp({ now: new Date('2026-11-01T00:00:00Z') });
    campaignId = await api.tracking.activeCampaign();
    // Three approved conversions in the same millisecond, one pending, one outside the period.
    for (const [txid, status, at] of [
      ['S-1', 'approved', '2026-11-10T00:00:00Z'],
      ['S-2', 'approved', '2026-11-10T00:00:00Z'],
      ['S-3', 'approved', '2026-11-10T00:00:00Z'],
      ['S-4', 'pending', '2026-11-10T00:00:00Z'],
      ['S-5', 'approved', '2026-11-12T00:00:00Z'],
    ]) {
      const { clickId } = await api.clickAt(at, { campaign_id: campaignId, external_id: 'cust-q' });
      const response = await api.postbackAt(at, {
        click_id: clickId,
        txid,
        status,
        customer_id: 'cust-q',
      });
      if (status === 'approved' && txid !== 'S-5') conversionIds.push(response.json().conversionId);
    }
    await api.clickAt(
      '2026-11-10T00:00:00Z',
      { campaign_id: campaignId, external_id: 'cust-q' },
      GOOGLEBOT_UA,
    );
  });
  afterAll(() => t.close());

  const bus = () => t.app.get(QueryBus);

  it('pages through approved conversions of a period one by one, ties included', async () => {
    const seen: string[] = [];
    let after: ConversionPosition | null = null;
    do {
      const page: ApprovedConversionsPage = await bus().execute(
        new ListApprovedConversionsQuery(
          new Date('2026-11-09T00:00:00Z'),
          new Date('2026-11-11T00:00:00Z'),
          1,
          after,
        ),
      );
      seen.push(...page.conversions.map((conversion) => conversion.conversionId));
      after = page.next;
    } while (after);
    expect(seen).toEqual([...conversionIds].sort());
  });

  it("lists a customer's clicks once each, found by external id and by conversion, bots flagged", async () => {
    const clicks = await bus().execute(
      new ListCustomerClicksQuery(
        ['cust-q', 'cust-none'],
        new Date('2026-11-09T00:00:00Z'),
        new Date('2026-11-11T00:00:00Z'),
      ),
    );
    expect(clicks).toHaveLength(5);
    expect(new Set(clicks.map((click) => click.customerId))).toEqual(new Set(['cust-q']));
    expect(clicks.filter((click) => !click.reachedOffer).map((click) => click.isBot)).toEqual([
      true,
    ]);
  });

  it('keeps to the period and the limit', async () => {
    const clicks = await bus().execute(
      new ListCustomerClicksQuery(
        ['cust-q'],
        new Date('2026-11-11T00:00:00Z'),
        new Date('2026-11-13T00:00:00Z'),
        10,
      ),
    );
    expect(clicks.map((click) => click.clickedAt.toISOString())).toEqual([
      '2026-11-12T00:00:00.000Z',
    ]);
    const limited = await bus().execute(
      new ListCustomerClicksQuery(
        ['cust-q'],
        new Date('2026-11-01T00:00:00Z'),
        new Date('2026-11-30T00:00:00Z'),
        2,
      ),
    );
    expect(limited).toHaveLength(2);
  });
});
