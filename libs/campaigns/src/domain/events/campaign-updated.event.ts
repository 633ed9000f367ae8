import { DomainEvent } from '@app/kernel';

export interface CampaignUpdatedPayload {
  campaignId: string;
  /** The wire names of the fields that changed, e.g. ["offerUrl", "budget"]. */
  changedFields: string[];
}

/** Raised when a campaign's settings change; tracking refreshes its cached copy on it. */
export class CampaignUpdatedEvent extends DomainEvent<CampaignUpdatedPayload> {
  static readonly eventType = 'campaigns.campaign-updated';
}
