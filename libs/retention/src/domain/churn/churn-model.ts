import { round } from '../engagement-score.js';
import { linearPredictor, logit, sigmoid } from './logistic-regression.js';

/**
 * Churn probability, 0..1, over a horizon (RETENTION_CHURN_HORIZON_DAYS, 90 by default). What
 * churn means depends on who the customer is:
 * - a buyer (a purchase known to LTV, while LTV's purchase model can be used): no purchase in
 *   the horizon. The purchase model's probability of that enters as an offset (in logits) that
 *   a fitted correction may move by the customer's engagement;
 * - everyone else (visitors, and buyers while there is no usable purchase model): no activity
 *   of their own in the horizon (events, purchases included).
 * Both populations are logistic models over the same features, each fitted on the base's own
 * history (see churn-training.ts) or, when that is too thin, set to the documented priors:
 * the buyers' prior trusts the purchase model as it is (all zeros), the visitors' prior is the
 * hand-set model this platform started with,
 *   z = -1.0 + 0.45 * weeks silent - 0.8 * ln(1 + active days of the last 30) - 2.0 * score / 100
 * under which each silent week multiplies the odds of churn by e^0.45 ~ 1.6.
 */
export const CHURN_FEATURES = ['intercept', 'recency', 'frequency', 'engagement'] as const;
export type ChurnFeature = (typeof CHURN_FEATURES)[number];

export const VISITOR_PRIORS: readonly number[] = [-1.0, 0.45, -0.8, -2.0];
export const BUYER_PRIORS: readonly number[] = [0, 0, 0, 0];

export type ChurnPopulation = 'buyers' | 'visitors';

/** What a customer's activity says, as of one day. */
export interface ChurnFeatures {
  /** Days since the last activity of their own (events or purchases). */
  daysSinceLastActivity: number;
  /** Distinct days with activity in the 30 days up to the day. */
  activeDaysLast30: number;
  /** The engagement score, 0..100. */
  engagementScore: number;
}

export function featureRow(f: ChurnFeatures): number[] {
  return [
    1,
    Math.max(0, f.daysSinceLastActivity) / 7,
    Math.log1p(f.activeDaysLast30),
    f.engagementScore / 100,
  ];
}

export interface PopulationModel {
  coefficients: number[];
  /** 'fitted' on the base's history, or the documented 'priors' (reason says why). */
  basis: 'fitted' | 'priors';
  reason: string | null;
  /** The calibration examples the fit saw; null for priors. */
  trainedOn: { customers: number; churned: number } | null;
}

export interface PurchaseModelParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface ChurnModel {
  horizonDays: number;
  /** The day (days since the epoch) whose history the model was fitted on. */
  asOfDay: number;
  /** LTV's purchase model of buyers (BG/NBD), or why there is none. */
  purchaseModel: {
    method: 'bg-nbd' | 'none';
    reason: string | null;
    params: PurchaseModelParams | null;
  };
  buyers: PopulationModel;
  visitors: PopulationModel;
}

export const priors = (coefficients: readonly number[], reason: string): PopulationModel => ({
  coefficients: [...coefficients],
  basis: 'priors',
  reason,
  trainedOn: null,
});

/** A buyer's purchase outlook from LTV's model: what enters the buyers' model. */
export interface PurchaseOutlookInput {
  probabilityNoPurchase: number;
  /** The purchase model's probability had the last purchase been today. */
  ifBoughtToday: number;
  /** ... and for a customer whose first purchase is today (the baseline). */
  asNewBuyer: number;
  daysSinceLastPurchase: number;
  purchaseDays: number;
}

export interface ChurnFactor {
  factor:
    | 'recency'
    | 'frequency'
    | 'engagement'
    | 'purchase_outlook'
    | 'purchase_recency'
    | 'purchase_frequency';
  value: number;
  /**
   * Contribution to the logit of the churn probability. For purchase_outlook it is the
   * baseline of a customer whose first purchase is today; purchase_recency and
   * purchase_frequency add the rest of the purchase model's logit.
   */
  contribution: number;
  /** True when the factor pushes towards churn. */
  raisesRisk: boolean;
}

export interface ChurnPrediction {
  churnProbability: number;
  population: ChurnPopulation;
  /** How this customer's probability was reached, e.g. 'buyers-fitted', 'visitors-priors'. */
  basis: string;
  factors: ChurnFactor[];
}

/**
 * Who counts as a buyer for the model: a customer with a purchase outlook, which LTV gives
 * only while its purchase model can be used.
 */
export function populationOf(purchase: PurchaseOutlookInput | null): ChurnPopulation {
  return purchase ? 'buyers' : 'visitors';
}

export function offsetOf(purchase: PurchaseOutlookInput | null): number {
  return purchase ? logit(purchase.probabilityNoPurchase) : 0;
}

export function predictChurn(
  model: ChurnModel,
  features: ChurnFeatures,
  purchase: PurchaseOutlookInput | null,
): ChurnPrediction {
  const population = populationOf(purchase);
  const { coefficients, basis } = model[population];
  const row = featureRow(features);
  const offset = offsetOf(purchase);
  const probability = sigmoid(linearPredictor(coefficients, row, offset));
  const values = [
    1,
    features.daysSinceLastActivity,
    features.activeDaysLast30,
    features.engagementScore,
  ];
  const factors: ChurnFactor[] = [];
  CHURN_FEATURES.forEach((name, j) => {
    if (name === 'intercept' || coefficients[j] === 0) return;
    factors.push(factor(name, values[j], coefficients[j] * row[j]));
  });
  if (purchase) {
    // The purchase model's logit, split so the parts add up: the baseline of a customer whose
    // first purchase is today, what repeat purchases changed (had the last been today), and
    // what the silence since the last purchase added.
    const baseline = logit(purchase.asNewBuyer);
    const boughtToday = logit(purchase.ifBoughtToday);
    factors.push(
      factor('purchase_outlook', purchase.probabilityNoPurchase, baseline, 4),
      factor('purchase_recency', purchase.daysSinceLastPurchase, offset - boughtToday),
      factor('purchase_frequency', purchase.purchaseDays, boughtToday - baseline),
    );
  }
  return {
    churnProbability: round(probability, 4),
    population,
    basis: `${population}-${basis}`,
    factors: factors.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution)),
  };
}

function factor(
  name: ChurnFactor['factor'],
  value: number,
  contribution: number,
  digits = 2,
): ChurnFactor {
  return {
    factor: name,
    value: round(value, digits),
    contribution: round(contribution, 4),
    raisesRisk: contribution > 0,
  };
}
