export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Lower bounds of medium, high and critical (RETENTION_RISK_THRESHOLDS, default 0.3,0.5,0.7). */
export type RiskThresholds = readonly [medium: number, high: number, critical: number];

export function riskLevel(
  churnProbability: number,
  [medium, high, critical]: RiskThresholds,
): RiskLevel {
  if (churnProbability >= critical) return 'critical';
  if (churnProbability >= high) return 'high';
  if (churnProbability >= medium) return 'medium';
  return 'low';
}
