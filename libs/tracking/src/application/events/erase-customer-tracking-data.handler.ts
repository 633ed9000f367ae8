import { EventsHandler, type IEventHandler, QueryBus } from '@nestjs/cqrs';
import { Clock, UnitOfWork } from '@app/platform';
import {
  ErasureRequestedEvent,
  GetErasureSubjectQuery,
  PersonalDataErasedEvent,
} from '@app/privacy';
import { CustomerTrackingEraser } from '../../infrastructure/customer-tracking-eraser.js';

/** Tracking's part of an erasure: the customer's conversions and the clicks behind them. */
@EventsHandler(ErasureRequestedEvent)
export class EraseCustomerTrackingDataHandler implements IEventHandler<ErasureRequestedEvent> {
  constructor(
    private readonly queries: QueryBus,
    private readonly unitOfWork: UnitOfWork,
    private readonly eraser: CustomerTrackingEraser,
    private readonly clock: Clock,
  ) {}

  async handle(event: ErasureRequestedEvent): Promise<void> {
    const { erasureId } = event.payload;
    const subject = await this.queries.execute(new GetErasureSubjectQuery(erasureId));
    if (!subject) return; // completed already: a redelivery
    await this.unitOfWork.run(async (tx) => {
      if (!(await tx.firstDelivery('tracking.erase-customer-data', event.eventId))) return;
      const rowsAffected = await this.eraser.erase(tx, subject.customerId);
      await tx.recordEvents([
        new PersonalDataErasedEvent(
          { erasureId, context: 'tracking', rowsAffected },
          { occurredAt: this.clock.now() },
        ),
      ]);
    });
  }
}
