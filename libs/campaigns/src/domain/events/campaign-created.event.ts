import { DomainEvent } from '@app/kernel';

export interface CampaignCreatedPayload {
  campaignId: string;
  name: string;
}

export class CampaignCreatedEvent extends DomainEvent<CampaignCreatedPayload> {
  static readonly eventType = 'campaigns.campaign-created';
}
