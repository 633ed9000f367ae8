import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorLines } from '../support/leads-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { postbackApi } from '../support/postback-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

/** A number with a space around it is refused, never trimmed into a different reading. */
describe('decimal postback parameters', () => {
  let t: TestApp;
  const api = trackingApi(() => t);
  const postbacks = postbackApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const freshClick = async () => {
    const campaignId = await api.activeCampaign();
    const affiliateId = await api.activeAffiliate();
    return expectRedirect(await api.click({ campaign_id: campaignId, affiliate_id: affiliateId }))
      .clickId;
  };

  it.each([
    ['revenue', ' 5'],
    ['revenue', '5 '],
    ['revenue', '\t5'],
    ['payout', ' 1.50'],
    ['payout', '1 .50'],
  ])('refuses %s=%j with a 422 naming it, by GET and POST', async (name, value) => {
    const clickId = await freshClick();
    for (const via of ['GET', 'POST'] as const) {
      const response = await postbacks.send({ click_id: clickId, [name]: value }, via);
      expectProblem(response, 422, 'TRACKING.INVALID_POSTBACK');
      expect(errorLines(response)).toEqual([
        `${name}: ${name} must be a decimal number such as 19.99, without spaces.`,
      ]);
    }
  });

  it('still takes a plain decimal, and a JSON number', async () => {
    const clickId = await freshClick();
    const answer = await postbacks.send({ click_id: clickId, txid: 'A', revenue: '5' });
    expect(answer.statusCode, answer.body).toBe(200);
    const token = await postbacks.tokenFor(clickId);
    const json = await t.request({
      method: 'POST',
      url: '/v1/postback',
      headers: { 'x-api-key': '' },
      payload: { token, click_id: clickId, txid: 'B', revenue: 19.99 },
    });
    expect(json.statusCode, json.body).toBe(200);
  });
});
