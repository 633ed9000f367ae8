import { CommandBus, EventsHandler, type IEventHandler, QueryBus } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { UnitOfWork } from '@app/platform';
import { ErasureRequestedEvent, type ErasureSubject, takePartInErasure } from '@app/privacy';
import { ForgetClickVisitorsCommand } from '@app/tracking';
import { CustomerLeadsEraser } from '../../infrastructure/customer-leads-eraser.js';
import { LeadClickIds } from '../../infrastructure/lead-click-ids.js';

/**
 * Leads' part of an erasure: the person's leads, found by email (leads know no customer id),
 * erased like a single lead, the clicks they came through first (tracking strips their
 * visitor data; erasing a lead forgets its click id, so after it they could not be found).
 * Without an email there is nothing of theirs to find here.
 */
@EventsHandler(ErasureRequestedEvent)
export class EraseCustomerLeadsHandler implements IEventHandler<ErasureRequestedEvent> {
  constructor(
    private readonly queries: QueryBus,
    private readonly unitOfWork: UnitOfWork,
    private readonly eraser: CustomerLeadsEraser,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
    private readonly leadClicks: LeadClickIds,
  ) {}

  handle(event: ErasureRequestedEvent): Promise<void> {
    const { queries, unitOfWork, clock } = this;
    return takePartInErasure({ queries, unitOfWork, clock }, event, {
      context: 'leads',
      consumer: 'leads.erase-customer-leads',
      before: (subject) => this.forgetLeadClicks(subject),
      erase: (tx, subject) =>
        subject.email ? this.eraser.erase(tx, subject.email, this.clock.now()) : Promise.resolve(0),
    });
  }

  private async forgetLeadClicks(subject: ErasureSubject): Promise<void> {
    if (!subject.email) return;
    const clickIds = await this.leadClicks.ofPerson(subject.email);
    if (clickIds.length > 0) await this.commands.execute(new ForgetClickVisitorsCommand(clickIds));
  }
}
