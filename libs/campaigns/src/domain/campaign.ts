import { AggregateRoot, ValidationCollector } from '@app/platform';
import { Budget, type BudgetInput } from './budget.js';
import { type CampaignStatus, nextStatus, type StatusAction } from './campaign-status.js';
import {
  campaignCompleted,
  CampaignsErrorCode,
  invalidCampaignField,
  scheduleEnded,
} from './campaigns.errors.js';
import { CampaignCreatedEvent } from './events/campaign-created.event.js';
import { CampaignStatusChangedEvent } from './events/campaign-status-changed.event.js';
import { CampaignUpdatedEvent } from './events/campaign-updated.event.js';
import { parseHttpUrl } from './offer-url.js';
import { Payout, type PayoutInput } from './payout.js';
import { Schedule, type ScheduleInput } from './schedule.js';
import { Targeting, type TargetingInput } from './targeting.js';

export interface CampaignProps {
  id: string;
  name: string;
  advertiserName: string;
  offerUrl: string;
  safePageUrl: string | null;
  payout: Payout;
  budget: Budget | null;
  schedule: Schedule;
  targeting: Targeting;
  status: CampaignStatus;
  createdAt: Date;
  updatedAt: Date;
  /** Optimistic concurrency: the number of times the campaign has been saved. */
  version: number;
}

/** What a caller sends to create a campaign; validated here, not trusted. */
export interface NewCampaignInput {
  name: string;
  advertiserName: string;
  offerUrl: string;
  safePageUrl?: string | null;
  payout: PayoutInput;
  budget?: BudgetInput | null;
  schedule?: ScheduleInput | null;
  targeting?: TargetingInput | null;
}

/** A partial change: absent fields stay; null clears an optional field. */
export type CampaignChanges = Partial<NewCampaignInput>;

const MAX_NAME_LENGTH = 200;
const EDITABLE_FIELDS = [
  'name',
  'advertiserName',
  'offerUrl',
  'safePageUrl',
  'payout',
  'budget',
  'schedule',
  'targeting',
] as const satisfies readonly (keyof CampaignProps & keyof NewCampaignInput)[];

/** An advertiser's offer run through the network, with its payout, limits and status. */
export class Campaign extends AggregateRoot {
  private constructor(private props: CampaignProps) {
    super();
  }

  static create(input: NewCampaignInput, id: string, now: Date): Campaign {
    const checks = new ValidationCollector();
    const payout = checks.check(() => Payout.parse(input.payout));
    const props = {
      id,
      name: checks.check(() => requiredText(input.name, 'name')),
      advertiserName: checks.check(() => requiredText(input.advertiserName, 'advertiserName')),
      offerUrl: checks.check(() => parseHttpUrl(input.offerUrl, 'offerUrl', true)),
      safePageUrl: checks.check(() => optionalUrl(input.safePageUrl, 'safePageUrl')),
      payout,
      budget: payout ? checks.check(() => parseBudget(input.budget, payout.currency)) : null,
      schedule: checks.check(() => Schedule.parse(input.schedule)),
      targeting: checks.check(() => Targeting.parse(input.targeting)),
      status: 'draft' as const,
      createdAt: now,
      updatedAt: now,
      version: 0,
    };
    checks.throwIfAny(CampaignsErrorCode.InvalidCampaign, 'The campaign is invalid.');
    const campaign = new Campaign(props as CampaignProps);
    campaign.record(
      new CampaignCreatedEvent({ campaignId: id, name: props.name! }, { occurredAt: now }),
    );
    return campaign;
  }

  static restore(props: CampaignProps): Campaign {
    return new Campaign({ ...props });
  }

  get id(): string {
    return this.props.id;
  }

  get status(): CampaignStatus {
    return this.props.status;
  }

  get version(): number {
    return this.props.version;
  }

  /** A read-only view of the current state, for mappers and tests. */
  get snapshot(): Readonly<CampaignProps> {
    return this.props;
  }

  /** Applies the listed changes all at once, or none of them when any is invalid. */
  update(changes: CampaignChanges, now: Date): void {
    if (this.props.status === 'completed') throw campaignCompleted();
    const checks = new ValidationCollector();
    const next: CampaignProps = { ...this.props };
    if (changes.name !== undefined)
      next.name = checks.check(() => requiredText(changes.name!, 'name')) ?? next.name;
    if (changes.advertiserName !== undefined) {
      next.advertiserName =
        checks.check(() => requiredText(changes.advertiserName!, 'advertiserName')) ??
        next.advertiserName;
    }
    if (changes.offerUrl !== undefined) {
      next.offerUrl =
        checks.check(() => parseHttpUrl(changes.offerUrl!, 'offerUrl', true)) ?? next.offerUrl;
    }
    if (changes.safePageUrl !== undefined) {
      next.safePageUrl =
        checks.check(() => optionalUrl(changes.safePageUrl, 'safePageUrl')) ?? null;
    }
    if (changes.payout !== undefined)
      next.payout = checks.check(() => Payout.parse(changes.payout!)) ?? next.payout;
    if (changes.budget !== undefined) {
      next.budget = checks.check(() => parseBudget(changes.budget, next.payout.currency)) ?? null;
    } else if (next.budget && next.budget.currency !== next.payout.currency) {
      checks.add(
        'budget',
        `The budget is in ${next.budget.currency}; restate it in ${next.payout.currency} with the new payout.`,
      );
    }
    if (changes.schedule !== undefined)
      next.schedule = checks.check(() => Schedule.parse(changes.schedule)) ?? next.schedule;
    if (changes.targeting !== undefined)
      next.targeting = checks.check(() => Targeting.parse(changes.targeting)) ?? next.targeting;
    checks.throwIfAny(
      CampaignsErrorCode.InvalidCampaign,
      'The changes are invalid; nothing was changed.',
    );

    const changedFields = EDITABLE_FIELDS.filter(
      (field) => !sameValue(next[field], this.props[field]),
    );
    if (changedFields.length === 0) return;
    this.props = { ...next, updatedAt: now };
    this.record(
      new CampaignUpdatedEvent({ campaignId: this.id, changedFields }, { occurredAt: now }),
    );
  }

  /** activate, pause or complete, per the workflow in campaign-status.ts. */
  changeStatus(action: StatusAction, now: Date): void {
    const to = nextStatus(this.props.status, action);
    if (action === 'activate' && this.props.schedule.hasEndedAt(now))
      throw scheduleEnded(this.props.schedule.endsAt!);
    const from = this.props.status;
    this.props = { ...this.props, status: to, updatedAt: now };
    this.record(
      new CampaignStatusChangedEvent({ campaignId: this.id, from, to }, { occurredAt: now }),
    );
  }

  /** Called by the repository once the current state is stored. */
  markSaved(): void {
    this.props = { ...this.props, version: this.props.version + 1 };
  }
}

/** Value objects hold only plain data (strings, numbers, dates, arrays), so JSON compares them. */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function requiredText(value: string, field: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length < 1 || text.length > MAX_NAME_LENGTH) {
    throw invalidCampaignField(field, `${field} must be 1 to ${MAX_NAME_LENGTH} characters long.`);
  }
  return text;
}

function optionalUrl(value: string | null | undefined, field: string): string | null {
  return value === null || value === undefined ? null : parseHttpUrl(value, field, false);
}

function parseBudget(input: BudgetInput | null | undefined, currency: string): Budget | null {
  return input ? Budget.parse(input, currency) : null;
}
