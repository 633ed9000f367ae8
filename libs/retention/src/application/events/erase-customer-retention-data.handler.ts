import { EventsHandler, type IEventHandler, QueryBus } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { UnitOfWork } from '@app/platform';
import { ErasureRequestedEvent, takePartInErasure } from '@app/privacy';
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

  handle(event: ErasureRequestedEvent): Promise<void> {
    const { queries, unitOfWork, clock } = this;
    return takePartInErasure({ queries, unitOfWork, clock }, event, {
      context: 'retention',
      consumer: 'retention.erase-customer-data',
      erase: (tx, subject) => this.eraser.erase(tx, subject.customerId),
    });
  }
}
