/**
 * How well probabilities of an event matched what happened: the measures a backtest reports.
 * `labels` are 1 where the event (churn) happened, 0 where it did not.
 */

/**
 * Area under the ROC curve: the chance that a customer who churned was given a higher
 * probability than one who did not (ties count half), by the rank-sum (Mann-Whitney) formula.
 * 0.5 is chance, 1 a perfect ranking. Null when one of the classes is empty.
 */
export function areaUnderRoc(scores: readonly number[], labels: readonly number[]): number | null {
  const order = scores.map((_, i) => i).sort((i, j) => scores[i] - scores[j]);
  const ranks = new Array<number>(scores.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]] === scores[order[start]]) end += 1;
    const midRank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i += 1) ranks[order[i]] = midRank;
    start = end + 1;
  }
  let positives = 0;
  let rankSum = 0;
  labels.forEach((label, i) => {
    if (label === 1) {
      positives += 1;
      rankSum += ranks[i];
    }
  });
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean squared difference between the probability and the outcome (0 perfect; lower is better). */
export function brierScore(probabilities: readonly number[], labels: readonly number[]): number {
  let sum = 0;
  probabilities.forEach((p, i) => (sum += (p - labels[i]) ** 2));
  return sum / probabilities.length;
}

export interface CalibrationBin {
  /** 1 for the lowest tenth of probabilities, 10 for the highest. */
  decile: number;
  customers: number;
  minPredicted: number;
  maxPredicted: number;
  meanPredicted: number;
  /** The share of these customers who churned: meanPredicted should be close to it. */
  observedRate: number;
}

/** Customers sorted by probability and cut into ten groups of (nearly) equal size. */
export function calibrationByDecile(
  probabilities: readonly number[],
  labels: readonly number[],
): CalibrationBin[] {
  const order = probabilities.map((_, i) => i).sort((i, j) => probabilities[i] - probabilities[j]);
  const bins: CalibrationBin[] = [];
  for (let decile = 1; decile <= 10; decile += 1) {
    const slice = order.slice(
      Math.floor(((decile - 1) * order.length) / 10),
      Math.floor((decile * order.length) / 10),
    );
    if (slice.length === 0) continue;
    const predicted = slice.map((i) => probabilities[i]); // ascending, as the order is
    bins.push({
      decile,
      customers: slice.length,
      minPredicted: predicted[0],
      maxPredicted: predicted[predicted.length - 1],
      meanPredicted: mean(predicted),
      observedRate: mean(slice.map((i) => labels[i])),
    });
  }
  return bins;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
