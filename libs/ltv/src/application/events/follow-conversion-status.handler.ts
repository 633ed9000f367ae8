import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { ConversionStatusChangedEvent } from '@app/tracking';
import { ConversionPurchases } from '../../infrastructure/conversion-purchases.js';

/** A conversion rejected later stops counting as a purchase; one approved again counts again. */
@EventsHandler(ConversionStatusChangedEvent)
export class FollowConversionStatusHandler implements IEventHandler<ConversionStatusChangedEvent> {
  constructor(private readonly purchases: ConversionPurchases) {}

  handle(event: ConversionStatusChangedEvent): Promise<void> {
    return this.purchases.changeStatus(event.eventId, event.payload.conversionId, event.payload.to);
  }
}
