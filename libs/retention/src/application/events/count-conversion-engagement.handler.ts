import { EventsHandler, type IEventHandler, QueryBus } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { UnitOfWork } from '@app/platform';
import { CustomerErasedSinceQuery } from '@app/privacy';
import { ConversionRecordedEvent } from '@app/tracking';
import { TypeormEventStore } from '../../infrastructure/typeorm-event-store.js';

const CONSUMER = 'retention.conversion-engagement';

/**
 * A tracked conversion that names its customer is a conversion event in their engagement.
 * Idempotent twice over: the outbox delivery is marked first, and the event id is derived
 * from the conversion so a client cannot send it again under another id. A conversion made
 * before its customer's erasure was requested, delivered late, is dropped: the erasure
 * deleted that customer's behaviour.
 */
@EventsHandler(ConversionRecordedEvent)
export class CountConversionEngagementHandler implements IEventHandler<ConversionRecordedEvent> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly store: TypeormEventStore,
    private readonly clock: Clock,
    private readonly queries: QueryBus,
  ) {}

  async handle(event: ConversionRecordedEvent): Promise<void> {
    const { customerId, conversionId, convertedAt, status, campaignId } = event.payload;
    if (!customerId || status === 'rejected') return;
    const occurredAt = new Date(convertedAt);
    if (await this.queries.execute(new CustomerErasedSinceQuery(customerId, occurredAt))) return;
    await this.unitOfWork.run(async (tx) => {
      if (!(await tx.firstDelivery(CONSUMER, event.eventId))) return;
      await this.store.recordWithin(
        tx,
        [
          {
            eventId: `tracking-conversion:${conversionId}`,
            customerId: customerId.slice(0, 255),
            type: 'conversion',
            occurredAt,
            durationSeconds: null,
            properties: { affiliateCampaignId: campaignId },
            campaignId: null,
          },
        ],
        'tracking',
        this.clock.now(),
      );
    });
  }
}
