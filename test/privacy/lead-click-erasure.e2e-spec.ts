import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadsApi } from '../support/leads-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';
import { storedClick } from '../support/tracking-rows.js';

const VISITOR = {
  ip: '198.51.100.23',
  referer: 'https://reviews.example.net/best-vpn',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
};

/** Erasing a lead also strips the visitor data of the click it came through. */
describe("erasing a lead's click", () => {
  let t: TestApp;
  let campaignId: string;
  const tracking = trackingApi(() => t);
  const leads = leadsApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    campaignId = await tracking.activeCampaign();
  });
  afterAll(() => t.close());

  const visit = async (sub1: string) =>
    expectRedirect(
      await tracking.click(
        { campaign_id: campaignId, sub1, external_id: `visit-${sub1}` },
        VISITOR,
      ),
    ).clickId;
  const leadThrough = async (clickId: string, email: string) =>
    (await leads.accepted({ email, first_name: 'Grace', click_id: clickId })).leadId as string;
  const expectStripped = async (clickId: string) =>
    expect(await storedClick(t, clickId)).toMatchObject({
      ip: null,
      userAgent: null,
      referrer: null,
      externalId: null,
      sub1: null,
      campaignId,
      destinationKind: 'offer',
    });
  const expectKept = async (clickId: string) =>
    expect(await storedClick(t, clickId)).toMatchObject({
      ip: VISITOR.ip,
      userAgent: VISITOR.userAgent,
      referrer: VISITOR.referer,
    });

  it('strips the click when one lead is erased (DELETE /forms/lead/{id}), and no other click', async () => {
    const erased = await visit('erased-one');
    const other = await visit('kept-one');
    const leadId = await leadThrough(erased, 'grace@compilers.example');
    await leadThrough(other, 'alan@machines.example');

    const response = await t.request({ method: 'DELETE', url: `/forms/lead/${leadId}` });
    expect(response.statusCode, response.body).toBe(204);
    await expectStripped(erased);
    await expectKept(other);
    // Erasing again finds the lead erased and changes nothing.
    expect((await t.request({ method: 'DELETE', url: `/forms/lead/${leadId}` })).statusCode).toBe(
      204,
    );
  });

  it("strips the clicks of the person's lead and of its repeat submission when a customer's erasure names their email", async () => {
    const email = 'ada@analytical-engines.example';
    const clicks = [await visit('ada-1'), await visit('ada-2')];
    const other = await visit('bob-1');
    // The second submission of the same person repeats the lead, through a click of its own.
    for (const clickId of clicks) await leadThrough(clickId, email);
    await leadThrough(other, 'bob@example.org');

    const request = await t.request({
      method: 'POST',
      url: '/v1/privacy/erasures',
      payload: { customerId: 'cust-ada-7', email: email.toUpperCase() },
    });
    expect(request.statusCode, request.body).toBe(202);
    await t.drainOutbox();
    for (const clickId of clicks) await expectStripped(clickId);
    await expectKept(other);
  });
});
