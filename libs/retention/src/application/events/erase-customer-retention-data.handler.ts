import { EventsHandler, type IEventHandler, QueryBus } from '@nestjs/cqrs';
import { Clock, UnitOfWork } from '@app/platform';
import {
  ErasureRequestedEvent,
  GetErasureSubjectQuery,
  PersonalDataErasedEvent,
} from '@app/privacy';
import { CustomerRetentionEraser } from '../../infrastructure/customer-retention-eraser.js';

/** Retention's part of an erasure: behaviour and predictions go, campaign history is pseudonymised. */
@EventsHandler(ErasureRequestedEvent)
export class EraseCustomerRetentionDataHandler implements IEventHandler<ErasureRequestedEvent> {
  constructor(
    private readonly queries: QueryBus,
    private readonly unitOfWork: UnitOfWork,
    private readonly eraser: CustomerRetentionEraser,
    private readonly clock: Clock,
  ) {}

  async handle(event: ErasureRequestedEvent): Promise<void> {
    const { erasureId } = event.payload;
    const subject = await this.queries.execute(new GetErasureSubjectQuery(erasureId));
    if (!subject) return; // completed already: a redelivery
    await this.unitOfWork.run(async (tx) => {
      if (!(await tx.firstDelivery('retention.erase-customer-data', event.eventId))) return;
      const rowsAffected = await this.eraser.erase(tx, subject.customerId);
      await tx.recordEvents([
        new PersonalDataErasedEvent(
          { erasureId, context: 'retention', rowsAffected },
          { occurredAt: this.clock.now() },
        ),
      ]);
    });
  }
}
