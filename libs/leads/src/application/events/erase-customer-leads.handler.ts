import { EventsHandler, type IEventHandler, QueryBus } from '@nestjs/cqrs';
import { Clock, UnitOfWork } from '@app/platform';
import { ErasureRequestedEvent, takePartInErasure } from '@app/privacy';
import { CustomerLeadsEraser } from '../../infrastructure/customer-leads-eraser.js';

/**
 * Leads' part of an erasure: the person's leads, found by email (leads know no customer id),
 * erased like a single lead. Without an email there is nothing of theirs to find here.
 */
@EventsHandler(ErasureRequestedEvent)
export class EraseCustomerLeadsHandler implements IEventHandler<ErasureRequestedEvent> {
  constructor(
    private readonly queries: QueryBus,
    private readonly unitOfWork: UnitOfWork,
    private readonly eraser: CustomerLeadsEraser,
    private readonly clock: Clock,
  ) {}

  handle(event: ErasureRequestedEvent): Promise<void> {
    const { queries, unitOfWork, clock } = this;
    return takePartInErasure({ queries, unitOfWork, clock }, event, {
      context: 'leads',
      consumer: 'leads.erase-customer-leads',
      erase: (tx, subject) =>
        subject.email ? this.eraser.erase(tx, subject.email, this.clock.now()) : Promise.resolve(0),
    });
  }
}
