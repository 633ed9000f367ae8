import { EventsHandler, type IEventHandler, QueryBus } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { UnitOfWork } from '@app/platform';
import { ErasureRequestedEvent, takePartInErasure } from '@app/privacy';
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

  handle(event: ErasureRequestedEvent): Promise<void> {
    const { queries, unitOfWork, clock } = this;
    return takePartInErasure({ queries, unitOfWork, clock }, event, {
      context: 'ltv',
      consumer: 'ltv.erase-customer',
      erase: (tx, subject) => this.pseudonymiser.pseudonymise(tx, subject.customerId),
    });
  }
}
