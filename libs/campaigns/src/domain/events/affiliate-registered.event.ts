import { DomainEvent } from '@app/kernel';

export interface AffiliateRegisteredPayload {
  affiliateId: string;
}

export class AffiliateRegisteredEvent extends DomainEvent<AffiliateRegisteredPayload> {
  static readonly eventType = 'campaigns.affiliate-registered';
}
