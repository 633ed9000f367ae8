import type { ScoreBreakdown } from '../engagement-score.js';
import type { RiskLevel } from '../risk-level.js';
import type { RetentionSegment } from '../segment.js';
import type { ChurnFactor, ChurnModel } from './churn-model.js';

/** A customer's engagement profile and churn prediction, as one recalculation stores it. */
export interface ChurnPredictionRecord {
  customerId: string;
  churnProbability: number;
  riskLevel: RiskLevel;
  segment: RetentionSegment;
  engagementScore: number;
  scoreBreakdown: ScoreBreakdown;
  factors: ChurnFactor[];
  basis: string;
  probabilityAlive: number | null;
  predictedClvMinor: number | null;
  currency: string | null;
  sessions: number;
  clicks: number;
  conversions: number;
  totalSessionSeconds: number;
  firstActivityDay: number;
  lastActivityDay: number;
  calculatedAt: Date;
}

/**
 * Where the latest churn predictions and the model they came from are kept. An abstract class,
 * so it doubles as the DI token.
 */
export abstract class ChurnPredictionStore {
  /**
   * Replaces every prediction and the stored model in one transaction, so readers see the old
   * or the new predictions, never a mix.
   */
  abstract replace(
    predictions: readonly ChurnPredictionRecord[],
    model: ChurnModel,
    fittedAt: Date,
  ): Promise<void>;
}
