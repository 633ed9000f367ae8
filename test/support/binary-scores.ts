/**
 * How well probabilities predict a yes/no label. AUC: the chance that a random positive scores
 * above a random negative (ties count half), by ranks (Mann-Whitney). Brier: the mean squared
 * error of the probabilities; a constant guess of the base rate p scores p (1 - p).
 */
export function auc(scores: readonly number[], labels: readonly boolean[]): number {
  const order = scores.map((_, i) => i).sort((i, j) => scores[i] - scores[j]);
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]] === scores[order[start]]) end += 1;
    const meanRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) {
      if (labels[order[k]]) {
        positives += 1;
        rankSum += meanRank;
      }
    }
    start = end + 1;
  }
  const negatives = order.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function brier(probabilities: readonly number[], labels: readonly boolean[]): number {
  let sum = 0;
  probabilities.forEach((p, i) => (sum += (p - (labels[i] ? 1 : 0)) ** 2));
  return sum / probabilities.length;
}
