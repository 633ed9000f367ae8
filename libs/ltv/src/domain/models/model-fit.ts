import { nelderMead } from './nelder-mead.js';

/** How a maximum-likelihood fit went. */
export interface FitOutcome<P> {
  params: P;
  logLikelihood: number;
  converged: boolean;
  iterations: number;
}

/**
 * Maximises a log-likelihood over positive parameters by minimising the mean negative
 * log-likelihood in log-parameter space (so every parameter stays positive and the simplex
 * moves on a scale that suits parameters of very different sizes). A second run restarts from
 * the first one's optimum, the usual guard against a simplex that collapsed too early.
 */
export function fitByMaximumLikelihood<P>(
  logLikelihood: (params: P) => number,
  toParams: (values: number[]) => P,
  start: number[],
  customers: number,
): FitOutcome<P> {
  const objective = (logs: number[]) => -logLikelihood(toParams(logs.map(Math.exp))) / customers;
  const options = { maxIterations: 5000, xTolerance: 1e-7, fTolerance: 1e-11 };
  const first = nelderMead(objective, start.map(Math.log), options);
  const second = nelderMead(objective, first.x, { ...options, initialStep: 0.05 });
  const params = toParams(second.x.map(Math.exp));
  const logLikelihood_ = logLikelihood(params);
  return {
    params,
    logLikelihood: logLikelihood_,
    converged: first.converged && second.converged && Number.isFinite(logLikelihood_),
    iterations: first.iterations + second.iterations,
  };
}
