/**
 * Logistic regression by Newton's method (iteratively reweighted least squares), with a
 * Gaussian prior on the coefficients centred on stated values: the maximum a posteriori fit.
 * The prior keeps a fit finite when a feature separates the classes perfectly (plain maximum
 * likelihood would run a coefficient off to infinity) and pulls a thin base towards the
 * documented coefficients rather than towards noise; with hundreds of customers the data
 * dominates it. An optional offset per row enters the linear predictor with a fixed weight of
 * 1: a probability from another model (in logits) that the fit corrects rather than replaces.
 */
export interface LogisticProblem {
  /** One row of feature values per example; the intercept is a column of 1s like any other. */
  rows: readonly (readonly number[])[];
  /** 1 for the event (churned), 0 otherwise. */
  labels: readonly number[];
  offsets?: readonly number[];
  /** Centre of the prior, one per column. */
  priorMeans: readonly number[];
  /** Prior precision (1 / variance) of every coefficient. */
  priorPrecision: number;
}

export interface LogisticFit {
  coefficients: number[];
  converged: boolean;
  iterations: number;
}

const MAX_ITERATIONS = 50;
const TOLERANCE = 1e-9;

export function fitLogistic(problem: LogisticProblem): LogisticFit {
  const { rows, labels, priorMeans, priorPrecision } = problem;
  const k = priorMeans.length;
  let beta = [...priorMeans];
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration += 1) {
    // Gradient and Hessian of the negative log-posterior.
    const gradient = beta.map((b, j) => priorPrecision * (b - priorMeans[j]));
    const hessian = Array.from({ length: k }, (_, i) =>
      Array.from({ length: k }, (_, j) => (i === j ? priorPrecision : 0)),
    );
    for (let n = 0; n < rows.length; n += 1) {
      const row = rows[n];
      const p = sigmoid(linearPredictor(beta, row, problem.offsets?.[n] ?? 0));
      const weight = p * (1 - p);
      for (let i = 0; i < k; i += 1) {
        gradient[i] += (p - labels[n]) * row[i];
        for (let j = 0; j <= i; j += 1) hessian[i][j] += weight * row[i] * row[j];
      }
    }
    for (let i = 0; i < k; i += 1) for (let j = 0; j < i; j += 1) hessian[j][i] = hessian[i][j];
    const step = solve(hessian, gradient);
    if (!step) return { coefficients: beta, converged: false, iterations: iteration };
    beta = beta.map((b, j) => b - step[j]);
    if (Math.max(...step.map(Math.abs)) < TOLERANCE)
      return { coefficients: beta, converged: true, iterations: iteration };
  }
  return { coefficients: beta, converged: false, iterations: MAX_ITERATIONS };
}

export function linearPredictor(
  coefficients: readonly number[],
  row: readonly number[],
  offset = 0,
): number {
  let z = offset;
  for (let j = 0; j < coefficients.length; j += 1) z += coefficients[j] * row[j];
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** log(p / (1 - p)), with p kept off 0 and 1 so a certain model still gives a finite logit. */
export function logit(p: number): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
}

/** Solves A x = b by Gaussian elimination with partial pivoting; null when A is singular. */
function solve(matrix: readonly number[][], vector: readonly number[]): number[] | null {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let r = col + 1; r < n; r += 1)
      if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (Math.abs(a[pivot][col]) < 1e-12) return null;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = col + 1; r < n; r += 1) {
      const factor = a[r][col] / a[col][col];
      for (let c = col; c <= n; c += 1) a[r][c] -= factor * a[col][c];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r -= 1) {
    let sum = a[r][n];
    for (let c = r + 1; c < n; c += 1) sum -= a[r][c] * x[c];
    x[r] = sum / a[r][r];
  }
  return x;
}
