import { expect } from 'vitest';
import { AffiliatePostbackDelivery } from '../../libs/tracking/src/infrastructure/affiliate-postbacks/affiliate-postback-delivery.js';
import type { AffiliatePostbackView } from '../../libs/tracking/src/application/queries/list-affiliate-postbacks/affiliate-postback.view.js';
import { postbackApi } from './postback-api.js';
import type { TestApp } from './test-app.js';

/** A call as the delivery log answers it. */
export type AffiliatePostbackCall = AffiliatePostbackView;

/**
 * Conversions reported by an advertiser and the calls they owe affiliates, as the specs make
 * them: `convert` posts the advertiser's postback, `deliver` lets the outbox queue the calls
 * and makes the due ones, `list` reads the delivery log with the admin key.
 */
export function affiliatePostbacksApi(app: () => TestApp) {
  const postbacks = postbackApi(app);
  const convert = async (query: Record<string, string>) => {
    const response = await postbacks.send(query);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { conversionId: string; conversionStatus: string };
  };
  const deliver = async () => {
    await app().drainOutbox();
    return app().app.get(AffiliatePostbackDelivery).deliverDue();
  };
  const list = async (query = ''): Promise<AffiliatePostbackCall[]> => {
    const response = await app().request({
      method: 'GET',
      url: `/v1/affiliate-postbacks?${query}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().data;
  };
  const setPostbackUrl = async (affiliateId: string, postbackUrl: string | null) => {
    const response = await app().request({
      method: 'PATCH',
      url: `/v1/affiliates/${affiliateId}/postback`,
      payload: { postbackUrl },
    });
    expect(response.statusCode, response.body).toBe(200);
  };
  return { convert, deliver, list, setPostbackUrl };
}
