import { Command } from '@nestjs/cqrs';
import type { ChurnModelSummary } from '../../churn-model-summary.js';

export interface ChurnRecalculationView {
  customers: number;
  calculatedAt: string;
  riskLevels: Record<string, number>;
  segments: Record<string, number>;
  /** The model the probabilities came from: fitted on this base's history, or its priors. */
  model: ChurnModelSummary;
  durationMs: number;
}

/**
 * Fits the churn model on the base's history, then refreshes every customer's engagement
 * profile, churn probability, risk and segment.
 */
export class RecalculateChurnCommand extends Command<ChurnRecalculationView> {}
