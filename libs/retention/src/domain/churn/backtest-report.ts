import {
  areaUnderRoc,
  brierScore,
  type CalibrationBin,
  calibrationByDecile,
} from './classification-metrics.js';
import type { ChurnPopulation } from './churn-model.js';

/** One customer of a backtest: what was predicted at asOf and what happened in the horizon. */
export interface BacktestCase {
  population: ChurnPopulation;
  churnProbability: number;
  /** Days since the customer's last activity at asOf: the naive yardstick. */
  daysSinceLastActivity: number;
  churned: number;
}

export interface BacktestScores {
  customers: number;
  churned: number;
  /** The share who churned; predicting it for everyone scores baseRateBrier. */
  baseRate: number;
  /** Null when everyone churned or nobody did (no ranking to judge). */
  auc: number | null;
  brier: number;
  baseRateBrier: number;
  /** AUC of ranking by silence alone (days since the last activity): the yardstick to beat. */
  recencyAuc: number | null;
}

export interface BacktestReport extends BacktestScores {
  calibration: CalibrationBin[];
  populations: Partial<Record<ChurnPopulation, BacktestScores>>;
}

export function backtestReport(cases: readonly BacktestCase[]): BacktestReport {
  const populations: BacktestReport['populations'] = {};
  for (const population of ['buyers', 'visitors'] as const) {
    const part = cases.filter((c) => c.population === population);
    if (part.length > 0) populations[population] = scores(part);
  }
  return {
    ...scores(cases),
    calibration: calibrationByDecile(
      cases.map((c) => c.churnProbability),
      cases.map((c) => c.churned),
    ).map(roundBin),
    populations,
  };
}

export function scores(cases: readonly BacktestCase[]): BacktestScores {
  const labels = cases.map((c) => c.churned);
  const churned = labels.filter((l) => l === 1).length;
  const baseRate = churned / cases.length;
  const probabilities = cases.map((c) => c.churnProbability);
  return {
    customers: cases.length,
    churned,
    baseRate: round(baseRate),
    auc: roundOrNull(areaUnderRoc(probabilities, labels)),
    brier: round(brierScore(probabilities, labels)),
    baseRateBrier: round(baseRate * (1 - baseRate)),
    recencyAuc: roundOrNull(
      areaUnderRoc(
        cases.map((c) => c.daysSinceLastActivity),
        labels,
      ),
    ),
  };
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;
const roundOrNull = (value: number | null) => (value === null ? null : round(value));
const roundBin = (bin: CalibrationBin): CalibrationBin => ({
  ...bin,
  minPredicted: round(bin.minPredicted),
  maxPredicted: round(bin.maxPredicted),
  meanPredicted: round(bin.meanPredicted),
  observedRate: round(bin.observedRate),
});
