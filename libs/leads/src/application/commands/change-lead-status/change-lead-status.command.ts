import { Command } from '@nestjs/cqrs';
import type { LeadStatus } from '../../../domain/lead-status.js';

/** Moves a lead along its workflow; converting may state the deal's value. */
export class ChangeLeadStatusCommand extends Command<void> {
  constructor(
    readonly leadId: string,
    readonly status: LeadStatus,
    readonly dealValue: { amount: number; currency: string } | null,
  ) {
    super();
  }
}
