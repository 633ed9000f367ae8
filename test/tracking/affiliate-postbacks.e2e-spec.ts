import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTBACK_URL_MACROS } from '@app/campaigns';
import { ConversionRecordedEvent } from '../../libs/tracking/src/domain/events/conversion-recorded.event.js';
import { QueueAffiliatePostbackHandler } from '../../libs/tracking/src/application/events/queue-affiliate-postback.handler.js';
import { affiliatesApi } from '../support/affiliates-api.js';
import { apiKeysApi } from '../support/api-keys-api.js';
import { startHttpReceiver } from '../support/http-receiver.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';
import { affiliatePostbacksApi } from '../support/affiliate-postbacks-api.js';

const DAY_MS = 86_400_000;

describe("calls to affiliates' postback URLs", () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startHttpReceiver>>;
  const api = trackingApi(() => t);
  const affiliates = affiliatesApi(() => t);
  const calls = affiliatePostbacksApi(() => t);

  beforeAll(async () => {
    // The receiver listens on loopback, which the guard refuses unless it is allowed.
    t = await startTestApp({ env: { OUTBOUND_ALLOWED_IPS: '127.0.0.1' } });
    receiver = await startHttpReceiver([], '/pb');
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  /** The affiliate's URL: a path of its own on the receiver, so each test reads its own calls. */
  const template = (path: string) =>
    `${receiver.url}/${path}?click={click_id}&conv={conversion_id}&tx={txid}&s1={sub1}` +
    '&s2={sub2}&payout={payout}&cur={currency}&status={status}';
  const receivedOn = (path: string) => receiver.pathsUnder(`/pb/${path}`);

  /** An affiliate with `postbackUrl`, a click of its on a new campaign, and a postback sender. */
  const clickBy = async (postbackUrl: string | null, campaign: Record<string, unknown> = {}) => {
    const { id: affiliateId } = await affiliates.register({ postbackUrl });
    const campaignId = await api.activeCampaign(campaign);
    await api.refreshDirectory();
    const { clickId } = expectRedirect(
      await api.click({ campaign_id: campaignId, affiliate_id: affiliateId, sub1: 'their id/7' }),
    );
    return { affiliateId: affiliateId as string, campaignId, clickId };
  };

  it('calls the URL with the click values and the payout once the conversion is recorded', async () => {
    const { affiliateId, campaignId, clickId } = await clickBy(template('recorded'));
    const conversion = await calls.convert({ click_id: clickId, txid: 'ORDER 1', revenue: '80' });
    await calls.deliver();
    expect(receivedOn('recorded')).toEqual([
      `/pb/recorded?click=${clickId}&conv=${conversion.conversionId}&tx=ORDER%201&s1=their%20id%2F7&s2=` +
        '&payout=12.50&cur=USD&status=approved',
    ]);
    expect(receiver.received.at(-1)!.method).toBe('GET');
    expect(await calls.list(`conversionId=${conversion.conversionId}`)).toEqual([
      {
        id: expect.any(String),
        conversionId: conversion.conversionId,
        campaignId,
        affiliateId,
        conversionStatus: 'approved',
        status: 'sent',
        attempts: 1,
        responseStatus: 200,
        lastError: null,
        nextAttemptAt: null,
        createdAt: t.clock.now().toISOString(),
        sentAt: t.clock.now().toISOString(),
      },
    ]);
  });

  it('fills every macro an affiliate may put in its URL', async () => {
    const everyMacro = `${receiver.url}/every?${POSTBACK_URL_MACROS.map((m) => `${m}={${m}}`).join('&')}`;
    const { clickId } = await clickBy(everyMacro);
    await calls.convert({ click_id: clickId });
    await calls.deliver();
    const [path] = receivedOn('every');
    expect(path).not.toMatch(/[{}]|%7B|%7D/);
    const values = new URL(path, 'http://x').searchParams;
    expect([...values.keys()]).toEqual([...POSTBACK_URL_MACROS]);
    expect(values.get('click_id')).toBe(clickId);
  });

  it('tells of a pending conversion, then of its approval, in that order, but not of a repeat', async () => {
    const { clickId } = await clickBy(template('pending'));
    const pending = await calls.convert({ click_id: clickId, txid: 'T', status: 'pending' });
    await calls.convert({ click_id: clickId, txid: 'T', status: 'pending' });
    await calls.convert({ click_id: clickId, txid: 'T', status: 'approved' });
    // The approval waits for the pending news to go out first: one call per pass.
    await calls.deliver();
    await calls.deliver();
    const statuses = receivedOn('pending').map((path) =>
      new URL(path, 'http://x').searchParams.get('status'),
    );
    expect(statuses).toEqual(['pending', 'approved']);
    const log = await calls.list(`conversionId=${pending.conversionId}`);
    expect(log.map((call) => [call.conversionStatus, call.status])).toEqual([
      ['approved', 'sent'],
      ['pending', 'sent'],
    ]);
  });

  it('owes nothing for a conversion rejected from the start, or to an affiliate without a URL', async () => {
    const late = await clickBy(template('late'));
    t.clock.advance(31 * DAY_MS);
    const rejected = await calls.convert({ click_id: late.clickId });
    expect(rejected.conversionStatus).toBe('rejected');
    const silent = await clickBy(null);
    const unheard = await calls.convert({ click_id: silent.clickId });
    await calls.deliver();
    expect(await calls.list(`conversionId=${rejected.conversionId}`)).toEqual([]);
    expect(await calls.list(`conversionId=${unheard.conversionId}`)).toEqual([]);
    expect(receivedOn('late')).toEqual([]);
  });

  it('owes one call per event however often the outbox delivers it', async () => {
    const { affiliateId, campaignId, clickId } = await clickBy(template('again'));
    const { conversionId } = await calls.convert({ click_id: clickId, txid: 'AGAIN' });
    const event = new ConversionRecordedEvent(
      {
        conversionId,
        clickId,
        campaignId,
        affiliateId,
        transactionId: 'AGAIN',
        status: 'approved',
        revenueMinor: null,
        payoutMinor: 1250,
        currency: 'USD',
        customerId: null,
        convertedAt: t.clock.now().toISOString(),
      },
      { eventId: '01937a2b-0000-7000-8000-000000000001' },
    );
    const handler = t.app.get(QueueAffiliatePostbackHandler);
    await handler.handle(event);
    await handler.handle(event);
    expect(await calls.list(`conversionId=${conversionId}`)).toHaveLength(1);
  });

  it('retries a failing URL with backoff, then marks the call failed after the last attempt', async () => {
    const { clickId } = await clickBy(template('failing'));
    const { conversionId } = await calls.convert({ click_id: clickId });
    receiver.answerOn('/pb/failing', 503, 503, 503, 503, 503, 503);
    await calls.deliver();
    const [waiting] = await calls.list(`conversionId=${conversionId}`);
    expect(waiting).toMatchObject({
      status: 'pending',
      attempts: 1,
      responseStatus: 503,
      lastError: 'HTTP 503',
      nextAttemptAt: new Date(t.clock.now().getTime() + 30_000).toISOString(),
    });
    await calls.deliver();
    expect(receivedOn('failing')).toHaveLength(1);

    for (let attempt = 2; attempt <= 6; attempt += 1) {
      t.clock.advance(3_600_000);
      await calls.deliver();
    }
    const [failed] = await calls.list(`conversionId=${conversionId}`);
    expect(failed).toMatchObject({ status: 'failed', attempts: 6, lastError: 'HTTP 503' });
    expect(failed.nextAttemptAt).toBeNull();
    expect(receivedOn('failing')).toHaveLength(6);
  });

  it('refuses to call an address inside the network that was not allowed', async () => {
    const { clickId } = await clickBy(`http://127.0.0.2:${receiver.port}/pb/inside?c={click_id}`);
    const { conversionId } = await calls.convert({ click_id: clickId });
    await calls.deliver();
    const [refused] = await calls.list(`conversionId=${conversionId}`);
    expect(refused).toMatchObject({ status: 'pending', attempts: 1, responseStatus: null });
    expect(refused.lastError).toMatch(/127\.0\.0\.2.*is not allowed/);
    expect(receivedOn('inside')).toEqual([]);
  });

  it("builds the URL when it calls, from the affiliate's URL of that moment", async () => {
    const moved = await clickBy(template('old'));
    const movedConversion = await calls.convert({ click_id: moved.clickId });
    const gone = await clickBy(template('gone'));
    const goneConversion = await calls.convert({ click_id: gone.clickId });
    await t.drainOutbox();
    await calls.setPostbackUrl(moved.affiliateId, template('new'));
    await calls.setPostbackUrl(gone.affiliateId, null);
    await calls.deliver();
    expect(receivedOn('old')).toEqual([]);
    expect(receivedOn('new')).toHaveLength(1);
    expect(await calls.list(`conversionId=${movedConversion.conversionId}`)).toMatchObject([
      { status: 'sent' },
    ]);
    expect(await calls.list(`conversionId=${goneConversion.conversionId}`)).toMatchObject([
      { status: 'failed', attempts: 1, lastError: 'the affiliate has no postback URL any more' },
    ]);
  });

  it('shows an affiliate key only the calls made to its affiliate; advertisers see none', async () => {
    const own = await clickBy(template('own'));
    const other = await clickBy(template('other'));
    const ownConversion = await calls.convert({ click_id: own.clickId });
    await calls.convert({ click_id: other.clickId });
    await calls.deliver();
    const keys = apiKeysApi(() => t);
    const affiliateKey = (await keys.create({ role: 'affiliate', affiliateId: own.affiliateId }))
      .key;
    const asAffiliate = (url: string) => keys.withKey(affiliateKey, { method: 'GET', url });
    const foreign = await asAffiliate(`/v1/affiliate-postbacks?affiliateId=${other.affiliateId}`);
    expect(foreign.json().data).toEqual([]);
    const mine = await asAffiliate('/v1/affiliate-postbacks');
    expect(mine.json().data.map((call: { conversionId: string }) => call.conversionId)).toEqual([
      ownConversion.conversionId,
    ]);
    const { id: advertiserId } = (
      await t.request({ method: 'POST', url: '/v1/advertisers', payload: { name: 'Adv' } })
    ).json();
    const advertiserKey = (await keys.create({ role: 'advertiser', advertiserId })).key;
    expectProblem(
      await keys.withKey(advertiserKey, { method: 'GET', url: '/v1/affiliate-postbacks' }),
      403,
      'AUTH.ROLE_FORBIDDEN',
    );
  });

  it('refuses an unknown delivery status filter as a 422 problem', async () => {
    expectProblem(
      await t.request({ method: 'GET', url: '/v1/affiliate-postbacks?status=lost' }),
      422,
      'HTTP.VALIDATION_FAILED',
    );
  });
});
