import { Command } from '@nestjs/cqrs';
import type { StatusAction } from '../../../domain/campaign-status.js';

/** activate, pause or complete a campaign. */
export class ChangeCampaignStatusCommand extends Command<void> {
  constructor(
    readonly campaignId: string,
    readonly action: StatusAction,
  ) {
    super();
  }
}
