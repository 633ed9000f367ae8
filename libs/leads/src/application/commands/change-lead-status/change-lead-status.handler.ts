import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, Money } from '@app/kernel';
import { LeadRepository } from '../../../domain/lead.repository.js';
import { leadNotFound } from '../../../domain/leads.errors.js';
import { ChangeLeadStatusCommand } from './change-lead-status.command.js';

@CommandHandler(ChangeLeadStatusCommand)
export class ChangeLeadStatusHandler implements ICommandHandler<ChangeLeadStatusCommand> {
  constructor(
    private readonly leads: LeadRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ leadId, status, dealValue }: ChangeLeadStatusCommand): Promise<void> {
    const lead = await this.leads.findById(leadId);
    if (!lead) throw leadNotFound(leadId);
    const value = dealValue
      ? Money.fromDecimal(dealValue.amount, dealValue.currency, 'dealValue', 'currency')
      : null;
    lead.changeStatus(status, this.clock.now(), value);
    await this.leads.save(lead);
  }
}
