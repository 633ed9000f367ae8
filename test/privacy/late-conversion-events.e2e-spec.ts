import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversionRecordedEvent } from '@app/tracking';
import { IsNull } from 'typeorm';
import { OutboxEventOrmEntity } from '../../libs/platform/src/events/outbox-event.orm-entity.js';
import { outboxEvents } from '../support/outbox-events.js';
import { postbackApi } from '../support/postback-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

const CUSTOMER = 'cust-late-event-9';
const MINUTE = 60_000;

/**
 * A conversion's event can reach LTV and retention after its customer's erasure (a failed
 * delivery retried later, a replica holding the lease): it must not bring the customer back.
 */
describe('a conversion event delivered after its customer was erased', () => {
  let t: TestApp;
  let token: string;
  let campaignId: string;
  const tracking = trackingApi(() => t);

  const p = (n: number) => (testDialect() === 'postgres' ? `$${n}` : '?');
  const count = async (table: string) =>
    Number(
      (
        await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table} WHERE customer_id = ${p(1)}`, [
          CUSTOMER,
        ])
      )[0].n,
    );
  const convert = async (txid: string) => {
    const clickId = expectRedirect(await tracking.click({ campaign_id: campaignId })).clickId;
    const query = new URLSearchParams({
      token,
      click_id: clickId,
      txid,
      revenue: '25',
      currency: 'USD',
      customer_id: CUSTOMER,
    });
    const postback = await t.request({
      method: 'GET',
      url: `/v1/postback?${query}`,
      headers: { 'x-api-key': '' },
    });
    expect(postback.statusCode, postback.body).toBe(200);
  };
  /** Holds back the conversion events not yet delivered, as a failed delivery would. */
  const holdConversionEventsUntil = (availableAt: Date) =>
    t.dataSource
      .getRepository(OutboxEventOrmEntity)
      .update(
        { eventType: ConversionRecordedEvent.eventType, processedAt: IsNull() },
        { availableAt },
      );

  beforeAll(async () => {
    t = await startTestApp();
    campaignId = await tracking.activeCampaign();
    token = await postbackApi(() => t).tokenOfCampaign(campaignId);
  });
  afterAll(() => t.close());

  it('is dropped by LTV and retention, while a conversion made after the erasure is kept', async () => {
    await convert('order-before-erasure');
    const retry = new Date(t.clock.now().getTime() + 30 * MINUTE);
    await holdConversionEventsUntil(retry);

    t.clock.advance(MINUTE);
    const erasure = await t.request({
      method: 'POST',
      url: '/v1/privacy/erasures',
      payload: { customerId: CUSTOMER },
    });
    expect(erasure.statusCode, erasure.body).toBe(202);
    await t.drainOutbox();
    const audit = await t.request({
      method: 'GET',
      url: `/v1/privacy/erasures/${erasure.json().id}`,
    });
    expect(audit.json().status).toBe('completed');
    // The erasure took the customer id out of the event still waiting in the outbox.
    const held = await outboxEvents(t);
    const waiting = held.filter((event) => event.type === ConversionRecordedEvent.eventType);
    expect(waiting.map((event) => event.payload.customerId)).toEqual([null]);

    // The held event is delivered now, after the erasure: nothing of the customer comes back.
    t.clock.set(retry);
    await t.drainOutbox();
    const pending = await t.dataSource
      .getRepository(OutboxEventOrmEntity)
      .countBy({ processedAt: IsNull() });
    expect(pending).toBe(0);
    expect(await count('ltv_transactions')).toBe(0);
    expect(await count('ltv_customers')).toBe(0);
    expect(await count('retention_events')).toBe(0);

    // The same customer id buying again after the erasure is new data, and is recorded.
    t.clock.advance(MINUTE);
    await convert('order-after-erasure');
    await t.drainOutbox();
    expect(await count('ltv_transactions')).toBe(1);
    expect(await count('retention_events')).toBe(1);
  });
});
