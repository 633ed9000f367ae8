import { DomainEvent } from '@app/kernel';
import type { CampaignStatus } from '../campaign-status.js';

export interface CampaignStatusChangedPayload {
  campaignId: string;
  from: CampaignStatus;
  to: CampaignStatus;
}

export class CampaignStatusChangedEvent extends DomainEvent<CampaignStatusChangedPayload> {
  static readonly eventType = 'campaigns.campaign-status-changed';
}
