import { Command } from '@nestjs/cqrs';

export interface AutomationRunView {
  campaigns: number;
  enrolled: number;
  treatment: number;
  control: number;
  messages: number;
}

/**
 * Enrols newly matching customers (from the latest churn predictions) into every running
 * campaign, once per customer per cooldown, and queues a message for each treated one.
 */
export class RunRetentionAutomationCommand extends Command<AutomationRunView> {}
