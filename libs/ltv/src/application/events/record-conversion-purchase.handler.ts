import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { ConversionRecordedEvent } from '@app/tracking';
import { ConversionPurchases } from '../../infrastructure/conversion-purchases.js';

/** A conversion that names its customer is a purchase in that customer's history. */
@EventsHandler(ConversionRecordedEvent)
export class RecordConversionPurchaseHandler implements IEventHandler<ConversionRecordedEvent> {
  constructor(private readonly purchases: ConversionPurchases) {}

  handle(event: ConversionRecordedEvent): Promise<void> {
    return this.purchases.record(event.eventId, event.payload);
  }
}
