import { AggregateRoot } from '@app/kernel';
import {
  type CampaignChanges,
  type CampaignSettings,
  changedSettings,
  type NewCampaignInput,
  parseSettings,
} from './campaign-settings.js';
import { type CampaignStatus, nextStatus, type StatusAction } from './campaign-status.js';
import { campaignCompleted, scheduleEnded } from './campaigns.errors.js';
import { CampaignCreatedEvent } from './events/campaign-created.event.js';
import { CampaignStatusChangedEvent } from './events/campaign-status-changed.event.js';
import { CampaignUpdatedEvent } from './events/campaign-updated.event.js';

export interface CampaignProps extends CampaignSettings {
  id: string;
  status: CampaignStatus;
  createdAt: Date;
  updatedAt: Date;
  /** Optimistic concurrency: the number of times the campaign has been saved. */
  version: number;
}

export type { CampaignChanges, NewCampaignInput } from './campaign-settings.js';

/** An advertiser's offer run through the network, with its payout, limits and status. */
export class Campaign extends AggregateRoot {
  private constructor(private props: CampaignProps) {
    super();
  }

  static create(input: NewCampaignInput, id: string, now: Date): Campaign {
    const settings = parseSettings(input, null);
    const campaign = new Campaign({
      ...settings,
      id,
      status: 'draft',
      createdAt: now,
      updatedAt: now,
      version: 0,
    });
    campaign.record(
      new CampaignCreatedEvent({ campaignId: id, name: settings.name }, { occurredAt: now }),
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
    const next = parseSettings(changes, this.props);
    const changedFields = changedSettings(this.props, next);
    if (changedFields.length === 0) return;
    this.props = { ...this.props, ...next, updatedAt: now };
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
