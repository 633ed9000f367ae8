import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { Clock, UnitOfWork } from '@app/platform';
import { ConversionRecordedEvent } from '@app/tracking';
import { EventStore } from '../../infrastructure/event-store.js';

const CONSUMER = 'retention.conversion-engagement';

/**
 * A tracked conversion that names its customer is a conversion event in their engagement.
 * Idempotent twice over: the outbox delivery is marked first, and the event id is derived
 * from the conversion so a client cannot send it again under another id.
 */
@EventsHandler(ConversionRecordedEvent)
export class CountConversionEngagementHandler implements IEventHandler<ConversionRecordedEvent> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async handle(event: ConversionRecordedEvent): Promise<void> {
    const { customerId, conversionId, convertedAt, status, campaignId } = event.payload;
    if (!customerId || status === 'rejected') return;
    await this.unitOfWork.run(async (tx) => {
      if (!(await tx.firstDelivery(CONSUMER, event.eventId))) return;
      const occurredAt = new Date(convertedAt);
      await this.store.record(
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
