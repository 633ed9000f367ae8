/**
 * The engagement score, 0..100. Each activity counts with a weight that halves every
 * `halfLifeDays` (exponential recency decay: an event d days old counts 0.5^(d / halfLife)),
 * so last week's sessions weigh more than last quarter's. Each of the four signals saturates
 * (1 - e^(-x / scale)): a sixth session in a week adds less than the first, and no single
 * signal can carry the score alone. The weights sum to 1, so the score reaches 100 only when
 * every signal is saturated.
 *
 * | signal     | weight | scale (value at which it reaches 63 %)        |
 * | sessions   | 0.30   | 4 decayed sessions                            |
 * | clicks     | 0.20   | 8 decayed clicks                              |
 * | conversions| 0.30   | 1 decayed conversion                          |
 * | duration   | 0.20   | 3600 decayed seconds of session time          |
 */
export const SCORE_SIGNALS = {
  sessions: { weight: 0.3, scale: 4 },
  clicks: { weight: 0.2, scale: 8 },
  conversions: { weight: 0.3, scale: 1 },
  duration: { weight: 0.2, scale: 3600 },
} as const;

export type ScoreSignal = keyof typeof SCORE_SIGNALS;

/** Activity of one customer on one day (days since the epoch), as the event store sums it. */
export interface DailyActivity {
  day: number;
  sessions: number;
  clicks: number;
  conversions: number;
  durationSeconds: number;
  /** Every event of the day, page views and email opens included. */
  events: number;
}

export interface ScoreBreakdown {
  /** Decayed amount of each signal and the points it adds to the score. */
  signals: Record<ScoreSignal, { decayed: number; points: number }>;
  score: number;
  halfLifeDays: number;
}

export function decayWeight(ageDays: number, halfLifeDays: number): number {
  return Math.pow(0.5, Math.max(0, ageDays) / halfLifeDays);
}

export function engagementScore(
  activity: readonly DailyActivity[],
  today: number,
  halfLifeDays: number,
): ScoreBreakdown {
  const decayed: Record<ScoreSignal, number> = {
    sessions: 0,
    clicks: 0,
    conversions: 0,
    duration: 0,
  };
  for (const day of activity) {
    if (day.day > today) continue; // not yet happened as of today (a backtest's past day)
    const weight = decayWeight(today - day.day, halfLifeDays);
    decayed.sessions += day.sessions * weight;
    decayed.clicks += day.clicks * weight;
    decayed.conversions += day.conversions * weight;
    decayed.duration += day.durationSeconds * weight;
  }
  let score = 0;
  const signals = {} as ScoreBreakdown['signals'];
  for (const signal of Object.keys(SCORE_SIGNALS) as ScoreSignal[]) {
    const { weight, scale } = SCORE_SIGNALS[signal];
    const points = 100 * weight * (1 - Math.exp(-decayed[signal] / scale));
    signals[signal] = { decayed: round(decayed[signal], 3), points: round(points, 2) };
    score += points;
  }
  return { signals, score: round(score, 2), halfLifeDays };
}

export const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
