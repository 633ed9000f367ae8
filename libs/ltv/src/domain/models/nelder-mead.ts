/** What a minimisation found, and whether it got there. */
export interface Minimum {
  x: number[];
  value: number;
  iterations: number;
  evaluations: number;
  /** True when the simplex shrank below the tolerances before the iteration limit. */
  converged: boolean;
}

export interface NelderMeadOptions {
  maxIterations?: number;
  /** Stop when every vertex lies within this distance of the best one (each coordinate)... */
  xTolerance?: number;
  /** ...and the function values at the vertices differ by less than this. */
  fTolerance?: number;
  /** Size of the first simplex around the start, per coordinate. */
  initialStep?: number;
}

/**
 * Minimises f by the Nelder–Mead downhill simplex (standard coefficients: reflection 1,
 * expansion 2, contraction 1/2, shrink 1/2), the method lifetimes uses for these fits. It needs
 * no gradient, which keeps the likelihoods simple; the fits optimise log-parameters, so the
 * search is unconstrained. Written here because no maintained npm package offers it
 * (see docs/decisions.md). Non-finite values count as +Infinity, so the simplex walks away
 * from regions where a likelihood is undefined.
 */
export function nelderMead(
  f: (x: number[]) => number,
  start: number[],
  options: NelderMeadOptions = {},
): Minimum {
  const n = start.length;
  const maxIterations = options.maxIterations ?? 200 * n;
  const xTolerance = options.xTolerance ?? 1e-8;
  const fTolerance = options.fTolerance ?? 1e-8;
  const step = options.initialStep ?? 0.1;
  let evaluations = 0;
  const value = (x: number[]) => {
    evaluations += 1;
    const y = f(x);
    return Number.isFinite(y) ? y : Number.POSITIVE_INFINITY;
  };

  let simplex = [start, ...start.map((_, i) => start.map((v, j) => (i === j ? v + step : v)))].map(
    (x) => ({ x, y: value(x) }),
  );
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    simplex.sort((p, q) => p.y - q.y);
    const best = simplex[0];
    const worst = simplex[n];
    const spread = Math.max(
      ...simplex.slice(1).map((p) => Math.max(...p.x.map((v, i) => Math.abs(v - best.x[i])))),
    );
    if (spread <= xTolerance && Math.abs(worst.y - best.y) <= fTolerance) {
      converged = true;
      break;
    }
    iterations += 1;
    const centroid = best.x.map(
      (_, i) => simplex.slice(0, n).reduce((sum, p) => sum + p.x[i], 0) / n,
    );
    const along = (t: number) => centroid.map((c, i) => c + t * (worst.x[i] - c));
    const reflected = { x: along(-1), y: 0 };
    reflected.y = value(reflected.x);
    if (reflected.y < best.y) {
      const expanded = { x: along(-2), y: 0 };
      expanded.y = value(expanded.x);
      simplex[n] = expanded.y < reflected.y ? expanded : reflected;
      continue;
    }
    if (reflected.y < simplex[n - 1].y) {
      simplex[n] = reflected;
      continue;
    }
    // Contract towards the better of the worst point and its reflection.
    const outside = reflected.y < worst.y;
    const contracted = { x: along(outside ? -0.5 : 0.5), y: 0 };
    contracted.y = value(contracted.x);
    if (contracted.y < (outside ? reflected.y : worst.y)) {
      simplex[n] = contracted;
      continue;
    }
    simplex = simplex.map((p, k) => {
      if (k === 0) return p;
      const x = p.x.map((v, i) => best.x[i] + 0.5 * (v - best.x[i]));
      return { x, y: value(x) };
    });
  }
  simplex.sort((p, q) => p.y - q.y);
  return { x: simplex[0].x, value: simplex[0].y, iterations, evaluations, converged };
}
