import { describe, expect, it } from 'vitest';
import { nelderMead } from './nelder-mead.js';

const rosenbrock = ([x, y]: number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;

describe('nelderMead', () => {
  it('finds the minimum of Rosenbrock’s valley at (1, 1)', () => {
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 2000, initialStep: 0.5 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 4);
    expect(result.x[1]).toBeCloseTo(1, 4);
    expect(result.value).toBeLessThan(1e-8);
  });

  it('says it did not converge when the iteration limit stops it first', () => {
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 5 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(5);
  });

  it('walks away from where the function is undefined', () => {
    // log is NaN for x < 0; the minimum of x - log(x) is at x = 1.
    const result = nelderMead(([x]) => x - Math.log(x), [0.05], { initialStep: -0.5 });
    expect(result.x[0]).toBeCloseTo(1, 4);
  });
});
