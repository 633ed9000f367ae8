import { EventsHandler, type IEventHandler, QueryBus } from '@nestjs/cqrs';
import { CustomerErasedSinceQuery } from '@app/privacy';
import { ConversionRecordedEvent } from '@app/tracking';
import { ConversionPurchases } from '../../infrastructure/conversion-purchases.js';

/**
 * A conversion that names its customer is a purchase in that customer's history, unless the
 * customer's erasure was requested after the conversion was made: the event then only arrived
 * late (it waited in the outbox) and must not bring the erased customer id back.
 */
@EventsHandler(ConversionRecordedEvent)
export class RecordConversionPurchaseHandler implements IEventHandler<ConversionRecordedEvent> {
  constructor(
    private readonly purchases: ConversionPurchases,
    private readonly queries: QueryBus,
  ) {}

  async handle(event: ConversionRecordedEvent): Promise<void> {
    const { customerId, convertedAt } = event.payload;
    if (!customerId) return;
    const erased = new CustomerErasedSinceQuery(customerId, new Date(convertedAt));
    if (await this.queries.execute(erased)) return;
    await this.purchases.record(event.eventId, event.payload);
  }
}
