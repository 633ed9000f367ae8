import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { ForgetClickVisitorsCommand } from '@app/tracking';
import { LeadClickIds } from '../../../infrastructure/lead-click-ids.js';
import { LeadRepository } from '../../../domain/lead.repository.js';
import { leadNotFound } from '../../../domain/leads.errors.js';
import { EraseLeadCommand } from './erase-lead.command.js';

@CommandHandler(EraseLeadCommand)
export class EraseLeadHandler implements ICommandHandler<EraseLeadCommand> {
  constructor(
    private readonly leads: LeadRepository,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
    private readonly leadClicks: LeadClickIds,
  ) {}

  async execute({ leadId }: EraseLeadCommand): Promise<void> {
    const lead = await this.leads.findById(leadId);
    if (!lead) throw leadNotFound(leadId);
    // Its clicks go first: erasing the lead forgets their ids, and a retry must still find them.
    const clickId = lead.snapshot.attribution.clickId;
    const clickIds = await this.leadClicks.of([{ id: leadId, clickId }]);
    if (clickIds.length > 0) await this.commands.execute(new ForgetClickVisitorsCommand(clickIds));
    // Erasing again is harmless: the submissions are cleared once more, nothing else changes.
    lead.erase(this.clock.now());
    await this.leads.saveErased(lead);
  }
}
