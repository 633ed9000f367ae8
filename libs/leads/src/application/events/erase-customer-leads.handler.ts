import { EventsHandler, type IEventHandler, QueryBus } from '@nestjs/cqrs';
import { Clock, UnitOfWork } from '@app/platform';
import {
  ErasureRequestedEvent,
  GetErasureSubjectQuery,
  PersonalDataErasedEvent,
} from '@app/privacy';
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

  async handle(event: ErasureRequestedEvent): Promise<void> {
    const { erasureId } = event.payload;
    const subject = await this.queries.execute(new GetErasureSubjectQuery(erasureId));
    if (!subject) return; // completed already: a redelivery
    await this.unitOfWork.run(async (tx) => {
      if (!(await tx.firstDelivery('leads.erase-customer-leads', event.eventId))) return;
      const rowsAffected = subject.email
        ? await this.eraser.erase(tx, subject.email, this.clock.now())
        : 0;
      await tx.recordEvents([
        new PersonalDataErasedEvent(
          { erasureId, context: 'leads', rowsAffected },
          { occurredAt: this.clock.now() },
        ),
      ]);
    });
  }
}
