import {
  activateRetentionCampaign,
  createRetentionCampaign,
  getRetentionCampaignPerformance,
  recalculateRetention,
  runRetentionAutomation,
} from '../../sdk/dist/index.js';

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'];

/**
 * The story's end for retention: a win-back campaign for buyers at high or critical risk, today's
 * churn scores for every customer (the CDNOW buyers among them), the retention automation run
 * once on demand (as its scheduler would), then who the campaign enrolled and messaged.
 */
export async function winBack(client) {
  const { data: campaign } = await createRetentionCampaign({
    client,
    body: {
      name: 'Win back fading buyers',
      trigger: { riskLevels: ['high', 'critical'] },
      channel: 'email',
      offer: { type: 'discount_percent', value: 15 },
      costPerMessage: 0.05,
      controlGroupShare: 0.1,
    },
    throwOnError: true,
  });
  await activateRetentionCampaign({ client, path: { id: campaign.id }, throwOnError: true });
  const { data: churn } = await recalculateRetention({ client, throwOnError: true });
  const atRisk = (churn.riskLevels.high ?? 0) + (churn.riskLevels.critical ?? 0);
  const { data: automation } = await runRetentionAutomation({ client, throwOnError: true });
  const { data: performance } = await getRetentionCampaignPerformance({
    client,
    path: { id: campaign.id },
    throwOnError: true,
  });
  return { campaignId: campaign.id, atRisk, churn, automation, performance };
}
