import { EventsHandler, type IEventHandler, QueryBus } from '@nestjs/cqrs';
import { Clock, UnitOfWork } from '@app/platform';
import {
  ErasureRequestedEvent,
  GetErasureSubjectQuery,
  PersonalDataErasedEvent,
} from '@app/privacy';
import { CustomerLtvPseudonymiser } from '../../infrastructure/customer-ltv-pseudonymiser.js';

/** LTV's part of an erasure: the customer becomes an anonymous pseudonym. */
@EventsHandler(ErasureRequestedEvent)
export class EraseCustomerLtvHandler implements IEventHandler<ErasureRequestedEvent> {
  constructor(
    private readonly queries: QueryBus,
    private readonly unitOfWork: UnitOfWork,
    private readonly pseudonymiser: CustomerLtvPseudonymiser,
    private readonly clock: Clock,
  ) {}

  async handle(event: ErasureRequestedEvent): Promise<void> {
    const { erasureId } = event.payload;
    const subject = await this.queries.execute(new GetErasureSubjectQuery(erasureId));
    if (!subject) return; // completed already: a redelivery
    await this.unitOfWork.run(async (tx) => {
      if (!(await tx.firstDelivery('ltv.erase-customer', event.eventId))) return;
      const rowsAffected = await this.pseudonymiser.pseudonymise(tx, subject.customerId);
      await tx.recordEvents([
        new PersonalDataErasedEvent(
          { erasureId, context: 'ltv', rowsAffected },
          { occurredAt: this.clock.now() },
        ),
      ]);
    });
  }
}
