import type { retentionApi } from './retention-api.js';

/**
 * The customers and events of the retention flow, which retention-flow.e2e-spec.ts and
 * retention-flow-campaign-run.e2e-spec.ts tell in two parts.
 */
export const NOW = new Date('2026-11-26T09:00:00Z');
export const DAY = 86_400_000;
export const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
export const FADING = Array.from({ length: 24 }, (_, i) => `fading-${i}`);

/** Sessions with clicks on each of the given days ago. */
export const visits = (customerId: string, daysAgo: number[]) =>
  daysAgo.flatMap((d) => [
    {
      eventId: `${customerId}-s-${d}`,
      customerId,
      type: 'session_start',
      occurredAt: ago(d),
      durationSeconds: 600,
    },
    { eventId: `${customerId}-c-${d}`, customerId, type: 'click', occurredAt: ago(d) },
  ]);

/** The flow's history: one loyal customer, and 24 whose visits stopped 45 days ago. */
export const HISTORY = [
  ...visits('loyal-1', [0, 1, 2, 3, 5, 8, 13, 20]),
  { eventId: 'loyal-1-conv', customerId: 'loyal-1', type: 'conversion', occurredAt: ago(1) },
  ...FADING.flatMap((c) => visits(c, [45, 50, 55])),
];

/** The win-back campaign the flow runs, posting its webhooks to `webhookUrl`. */
export const winBackCampaign = (webhookUrl: string) => ({
  name: 'Win back fading visitors',
  trigger: { riskLevels: ['high', 'critical'] },
  channel: 'webhook',
  webhookUrl,
  offer: { type: 'discount_percent', value: 15 },
  budget: { amount: 100, currency: 'USD' },
  costPerMessage: 0.5,
  cooldownDays: 30,
  controlGroupShare: 0.5,
});

/**
 * The flow's first part as retention-flow.e2e-spec.ts takes it, for the spec that goes on from
 * there: the same history recorded and scored, and the same win-back campaign created (posting
 * to `webhookUrl`) and activated.
 */
export async function launchWinBackCampaign(
  api: ReturnType<typeof retentionApi>,
  webhookUrl: string,
): Promise<{ id: string; webhookSigningSecret: string }> {
  await api.events(HISTORY);
  await api.recalculate();
  const campaign = await api.createCampaign(winBackCampaign(webhookUrl));
  await api.call('POST', `/retention/campaigns/${campaign.id}/activate`);
  return campaign;
}
