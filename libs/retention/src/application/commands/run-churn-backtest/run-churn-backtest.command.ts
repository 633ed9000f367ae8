import { Command } from '@nestjs/cqrs';
import type { BacktestReport, BacktestScores } from '../../../domain/churn/backtest-report.js';
import type { ChurnModelSummary } from '../../churn-model-summary.js';

/** One estimator of buyers' P(no purchase) scored on the same buyers. */
export interface PurchaseModelScore {
  model: 'bg-nbd-expectation' | 'bg-nbd-exact' | 'mbg-nbd-exact';
  /** True for the estimator the churn model uses. */
  chosen: boolean;
  scores: BacktestScores;
}

export interface ChurnBacktestView extends BacktestReport {
  asOf: string;
  horizonDays: number;
  /** The model as fitted on what was known at asOf. */
  model: ChurnModelSummary;
  /** The purchase models compared on the buyers (empty without buyers or a purchase model). */
  purchaseModels: PurchaseModelScore[];
  durationMs: number;
}

/**
 * Fits the churn model on what was known at `asOf`, predicts churn over the following
 * `horizonDays` and compares with what happened.
 */
export class RunChurnBacktestCommand extends Command<ChurnBacktestView> {
  constructor(
    readonly asOf: Date,
    readonly horizonDays: number,
  ) {
    super();
  }
}
