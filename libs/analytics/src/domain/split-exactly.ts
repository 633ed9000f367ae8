/**
 * Splits a whole number of units by shares so that the parts are whole and add up to exactly
 * `total` (largest remainder: each part is rounded down, and the units left go one each to the
 * parts with the largest fractions, the earlier part first on a tie). Money in minor units and
 * credit in millionths are split this way, so no total ever drifts by a rounding.
 */
export function splitExactly(total: number, shares: readonly number[]): number[] {
  const exact = shares.map((share) => total * share);
  const parts = exact.map((value) => Math.floor(value));
  let left = total - parts.reduce((sum, part) => sum + part, 0);
  const byFraction = exact
    .map((value, index) => ({ index, fraction: value - Math.floor(value) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of byFraction) {
    if (left <= 0) break;
    parts[index] += 1;
    left -= 1;
  }
  return parts;
}
