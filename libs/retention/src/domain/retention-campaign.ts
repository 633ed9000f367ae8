import { type FieldError, Money, newId } from '@app/kernel';
import { type RetentionCampaignStatus, type StatusAction, nextStatus } from './campaign-status.js';
import { campaignNotEditable, invalidCampaign, versionConflict } from './retention.errors.js';
import { RISK_LEVELS, type RiskLevel } from './risk-level.js';
import { type RetentionSegment, SEGMENTS } from './segment.js';

export const CHANNELS = ['email', 'sms', 'push', 'webhook'] as const;
export type Channel = (typeof CHANNELS)[number];
export const OFFER_TYPES = [
  'discount_percent',
  'discount_amount',
  'free_shipping',
  'loyalty_points',
  'content',
] as const;
export type OfferType = (typeof OFFER_TYPES)[number];

export interface CampaignSettings {
  name: string;
  trigger: {
    riskLevels: RiskLevel[];
    segments: RetentionSegment[];
    minPredictedClv: number | null;
  };
  channel: Channel;
  webhookUrl: string | null;
  offer: { type: OfferType; value: number };
  /** Exact minor units of `currency`; null: no cap. Spend is messages sent x costPerMessage. */
  budgetMinor: number | null;
  costPerMessageMinor: number;
  currency: string;
  startsAt: Date | null;
  endsAt: Date | null;
  cooldownDays: number;
  controlGroupShare: number;
}

export interface RetentionCampaignState extends CampaignSettings {
  id: string;
  status: RetentionCampaignStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A retention campaign: its settings, checked as a whole, and its status workflow. */
export class RetentionCampaign {
  private constructor(private state: RetentionCampaignState) {}

  static create(settings: CampaignSettings, now: Date): RetentionCampaign {
    assertValid(settings);
    return new RetentionCampaign({
      ...settings,
      id: newId(),
      status: 'draft',
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
  }

  static restore(state: RetentionCampaignState): RetentionCampaign {
    return new RetentionCampaign(state);
  }

  get snapshot(): Readonly<RetentionCampaignState> {
    return this.state;
  }

  update(changes: Partial<CampaignSettings>, expectedVersion: number | undefined, now: Date): void {
    this.checkVersion(expectedVersion);
    if (this.state.status === 'completed') throw campaignNotEditable(this.state.status);
    const next = { ...this.state, ...changes };
    assertValid(next);
    this.state = { ...next, version: this.state.version + 1, updatedAt: now };
  }

  apply(action: StatusAction, expectedVersion: number | undefined, now: Date): void {
    this.checkVersion(expectedVersion);
    const status = nextStatus(this.state.status, action);
    this.state = { ...this.state, status, version: this.state.version + 1, updatedAt: now };
  }

  /** Enrols only while active and inside its schedule. */
  isRunningAt(now: Date): boolean {
    const { status, startsAt, endsAt } = this.state;
    return status === 'active' && (!startsAt || startsAt <= now) && (!endsAt || now < endsAt);
  }

  private checkVersion(expected: number | undefined): void {
    if (expected !== undefined && expected !== this.state.version)
      throw versionConflict(expected, this.state.version);
  }
}

function assertValid(s: CampaignSettings): void {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  if (!s.name.trim() || s.name.length > 200) add('name', 'name must have 1 to 200 characters');
  if (s.trigger.riskLevels.some((r) => !RISK_LEVELS.includes(r)))
    add('trigger.riskLevels', `risk levels are ${RISK_LEVELS.join(', ')}`);
  if (s.trigger.segments.some((r) => !SEGMENTS.includes(r)))
    add('trigger.segments', `segments are ${SEGMENTS.join(', ')}`);
  if (s.trigger.riskLevels.length === 0 && s.trigger.segments.length === 0) {
    add(
      'trigger',
      'a trigger names at least one risk level or segment, or the campaign would enrol everyone',
    );
  }
  if (s.trigger.minPredictedClv !== null && !(s.trigger.minPredictedClv >= 0))
    add('trigger.minPredictedClv', 'minPredictedClv must be 0 or more');
  if (s.channel === 'webhook' && !s.webhookUrl)
    add('webhookUrl', 'a webhook campaign needs the URL its messages are posted to');
  if (s.webhookUrl && !/^https?:\/\/[^\s]+$/.test(s.webhookUrl))
    add('webhookUrl', 'webhookUrl must be an http(s) URL');
  if (s.offer.type === 'discount_percent' && !(s.offer.value > 0 && s.offer.value <= 100))
    add('offer.value', 'a percent discount is more than 0 and at most 100');
  else if (!(s.offer.value >= 0)) add('offer.value', 'offer.value must be 0 or more');
  if (!Money.currencies().includes(s.currency))
    add('budget.currency', 'currency must be an ISO 4217 code');
  if (s.budgetMinor !== null && s.budgetMinor < 0)
    add('budget.amount', 'the budget cannot be negative');
  if (s.costPerMessageMinor < 0) add('costPerMessage', 'the cost per message cannot be negative');
  if (s.startsAt && s.endsAt && s.endsAt <= s.startsAt)
    add('schedule.endsAt', 'endsAt must be later than startsAt');
  if (!Number.isInteger(s.cooldownDays) || s.cooldownDays < 1 || s.cooldownDays > 365)
    add('cooldownDays', 'cooldownDays is a whole number from 1 to 365');
  if (!(s.controlGroupShare >= 0 && s.controlGroupShare <= 0.5))
    add('controlGroupShare', 'controlGroupShare is from 0 to 0.5');
  if (errors.length > 0) throw invalidCampaign(errors);
}
