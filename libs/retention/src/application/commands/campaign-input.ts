import { Money } from '@app/kernel';
import { invalidCampaign } from '../../domain/retention.errors.js';
import type { CampaignSettings, Channel, OfferType } from '../../domain/retention-campaign.js';
import type { RiskLevel } from '../../domain/risk-level.js';
import type { RetentionSegment } from '../../domain/segment.js';

/** A campaign as the API takes it: money in major units, times as ISO 8601 text. */
export interface CampaignInput {
  name?: string;
  trigger?: {
    riskLevels?: RiskLevel[];
    segments?: RetentionSegment[];
    minPredictedClv?: number | null;
  };
  channel?: Channel;
  webhookUrl?: string | null;
  offer?: { type: OfferType; value: number };
  budget?: { amount: number; currency: string } | null;
  costPerMessage?: number;
  schedule?: { startsAt?: string | null; endsAt?: string | null };
  cooldownDays?: number;
  controlGroupShare?: number;
}

const instant = (text: string | null | undefined) => (text ? new Date(text) : null);

/** The settings of a new campaign, defaults filled in. */
export function newSettings(input: CampaignInput, defaultCurrency: string): CampaignSettings {
  const currency = input.budget?.currency ?? defaultCurrency;
  return {
    name: input.name ?? '',
    trigger: {
      riskLevels: input.trigger?.riskLevels ?? [],
      segments: input.trigger?.segments ?? [],
      minPredictedClv: input.trigger?.minPredictedClv ?? null,
    },
    channel: input.channel ?? 'email',
    webhookUrl: input.webhookUrl ?? null,
    offer: input.offer ?? { type: 'content', value: 0 },
    budgetMinor: input.budget
      ? Money.fromDecimal(input.budget.amount, currency, 'budget.amount', 'budget.currency').minor
      : null,
    costPerMessageMinor: Money.fromDecimal(input.costPerMessage ?? 0, currency, 'costPerMessage')
      .minor,
    currency,
    startsAt: instant(input.schedule?.startsAt),
    endsAt: instant(input.schedule?.endsAt),
    cooldownDays: input.cooldownDays ?? 30,
    controlGroupShare: input.controlGroupShare ?? 0.1,
  };
}

/** Settings a patch may leave out but never set to null (budget and webhookUrl may be null). */
const NOT_NULLABLE = [
  'name',
  'trigger',
  'channel',
  'offer',
  'costPerMessage',
  'schedule',
  'cooldownDays',
  'controlGroupShare',
] as const;

/** Only what the patch names changes; money is read in the campaign's (possibly new) currency. */
export function changedSettings(
  input: CampaignInput,
  current: CampaignSettings,
): Partial<CampaignSettings> {
  const nulls = NOT_NULLABLE.filter((field) => (input[field] as unknown) === null);
  if (nulls.length > 0) {
    throw invalidCampaign(
      nulls.map((field) => ({
        field,
        message: `${field} cannot be null; leave it out to keep the current value.`,
      })),
    );
  }
  const changes: Partial<CampaignSettings> = {};
  const currency = input.budget?.currency ?? current.currency;
  if (input.name !== undefined) changes.name = input.name;
  if (input.trigger !== undefined) {
    changes.trigger = {
      riskLevels: input.trigger.riskLevels ?? current.trigger.riskLevels,
      segments: input.trigger.segments ?? current.trigger.segments,
      minPredictedClv:
        input.trigger.minPredictedClv === undefined
          ? current.trigger.minPredictedClv
          : input.trigger.minPredictedClv,
    };
  }
  if (input.channel !== undefined) changes.channel = input.channel;
  if (input.webhookUrl !== undefined) changes.webhookUrl = input.webhookUrl;
  if (input.offer !== undefined) changes.offer = input.offer;
  if (input.budget !== undefined) {
    changes.budgetMinor =
      input.budget === null
        ? null
        : Money.fromDecimal(input.budget.amount, currency, 'budget.amount', 'budget.currency')
            .minor;
    changes.currency = currency;
  }
  if (input.costPerMessage !== undefined)
    changes.costPerMessageMinor = Money.fromDecimal(
      input.costPerMessage,
      currency,
      'costPerMessage',
    ).minor;
  if (input.schedule !== undefined) {
    if (input.schedule.startsAt !== undefined) changes.startsAt = instant(input.schedule.startsAt);
    if (input.schedule.endsAt !== undefined) changes.endsAt = instant(input.schedule.endsAt);
  }
  if (input.cooldownDays !== undefined) changes.cooldownDays = input.cooldownDays;
  if (input.controlGroupShare !== undefined) changes.controlGroupShare = input.controlGroupShare;
  return changes;
}
