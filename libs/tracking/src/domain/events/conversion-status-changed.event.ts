import { DomainEvent } from '@app/kernel';

export interface ConversionStatusChangedPayload {
  conversionId: string;
  campaignId: string;
  from: 'approved' | 'pending' | 'rejected';
  to: 'approved' | 'pending' | 'rejected';
}

/** A later postback for the same transaction moved the conversion to another status. */
export class ConversionStatusChangedEvent extends DomainEvent<ConversionStatusChangedPayload> {
  static readonly eventType = 'tracking.conversion-status-changed';
}
