import { Command } from '@nestjs/cqrs';

export interface ChurnRecalculationView {
  customers: number;
  calculatedAt: string;
  riskLevels: Record<string, number>;
  segments: Record<string, number>;
  durationMs: number;
}

/** Refreshes every customer's engagement profile, churn probability, risk and segment. */
export class RecalculateChurnCommand extends Command<ChurnRecalculationView> {}
