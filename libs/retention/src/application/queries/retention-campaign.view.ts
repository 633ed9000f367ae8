import { Money } from '@app/kernel';
import type { RetentionCampaignState } from '../../domain/retention-campaign.js';
import { webhookSecret } from '../../domain/webhook-signature.js';

export interface RetentionCampaignView {
  id: string;
  name: string;
  status: string;
  version: number;
  trigger: RetentionCampaignState['trigger'];
  channel: string;
  webhookUrl: string | null;
  /** The secret the webhook signature is made with; null for other channels. */
  webhookSigningSecret: string | null;
  offer: RetentionCampaignState['offer'];
  budget: { amount: number; currency: string } | null;
  costPerMessage: { amount: number; currency: string };
  schedule: { startsAt: string | null; endsAt: string | null };
  cooldownDays: number;
  controlGroupShare: number;
  createdAt: string;
  updatedAt: string;
}

export const majorOf = (minor: number, currency: string) =>
  minor / 10 ** Money.minorDigits(currency);

export function toCampaignView(
  state: RetentionCampaignState,
  secretKey: string,
): RetentionCampaignView {
  return {
    id: state.id,
    name: state.name,
    status: state.status,
    version: state.version,
    trigger: state.trigger,
    channel: state.channel,
    webhookUrl: state.webhookUrl,
    webhookSigningSecret: state.channel === 'webhook' ? webhookSecret(secretKey, state.id) : null,
    offer: state.offer,
    budget:
      state.budgetMinor === null
        ? null
        : { amount: majorOf(state.budgetMinor, state.currency), currency: state.currency },
    costPerMessage: {
      amount: majorOf(state.costPerMessageMinor, state.currency),
      currency: state.currency,
    },
    schedule: {
      startsAt: state.startsAt?.toISOString() ?? null,
      endsAt: state.endsAt?.toISOString() ?? null,
    },
    cooldownDays: state.cooldownDays,
    controlGroupShare: state.controlGroupShare,
    createdAt: state.createdAt.toISOString(),
    updatedAt: state.updatedAt.toISOString(),
  };
}
