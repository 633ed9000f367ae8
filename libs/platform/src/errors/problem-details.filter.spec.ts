import { Logger } from '@nestjs/common';
import { beforeAll, describe, expect, it } from 'vitest';
import { RateLimitedError } from '@app/kernel';
import { ProblemDetailsFilter } from './problem-details.filter.js';

/** The mapping from errors to problems, without a server: one rule per kind of failure. */
describe('ProblemDetailsFilter.toProblem', () => {
  const filter = new ProblemDetailsFilter();
  // The filter logs what it maps; that is the point in production and noise here.
  beforeAll(() => Logger.overrideLogger(false));

  it('answers a database that cannot be reached with 503, wherever the driver error sits', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const wrapped = Object.assign(new Error('query failed'), { driverError: refused });
    for (const error of [refused, wrapped]) {
      expect(filter.toProblem(error)).toMatchObject({
        status: 503,
        code: 'HTTP.DATABASE_UNAVAILABLE',
      });
    }
  });

  it('keeps a rate-limited error a 429 with its own code', () => {
    const error = new RateLimitedError('HTTP.RATE_LIMITED', 'Too many requests.', 12);
    expect(filter.toProblem(error)).toMatchObject({ status: 429, code: 'HTTP.RATE_LIMITED' });
  });

  it('answers anything unexpected with a 500 that reveals nothing of it', () => {
    const problem = filter.toProblem(new Error('secret internals at line 42'));
    expect(problem).toMatchObject({ status: 500, code: 'HTTP.INTERNAL_ERROR' });
    expect(JSON.stringify(problem)).not.toContain('secret internals');
  });
});
