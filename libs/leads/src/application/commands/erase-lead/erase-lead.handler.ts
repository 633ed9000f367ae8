import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/platform';
import { LeadRepository } from '../../../domain/lead.repository.js';
import { leadNotFound } from '../../../domain/leads.errors.js';
import { EraseLeadCommand } from './erase-lead.command.js';

@CommandHandler(EraseLeadCommand)
export class EraseLeadHandler implements ICommandHandler<EraseLeadCommand> {
  constructor(
    private readonly leads: LeadRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ leadId }: EraseLeadCommand): Promise<void> {
    const lead = await this.leads.findById(leadId);
    if (!lead) throw leadNotFound(leadId);
    // Erasing again is harmless: the submissions are cleared once more, nothing else changes.
    lead.erase(this.clock.now());
    await this.leads.saveErased(lead);
  }
}
