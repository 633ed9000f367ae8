import fc, { type Parameters as PropertyParameters } from 'fast-check';

/**
 * How the domain properties run: a fixed seed, so CI and a developer see the same cases and a
 * failure repeats (fast-check prints the seed and the shrunk counterexample); FC_SEED=<n>
 * explores other cases, FC_RUNS=<n> more of them.
 */
export const PROPERTY_RUNS: PropertyParameters<unknown> = {
  seed: Number(process.env.FC_SEED ?? 20261126),
  numRuns: Number(process.env.FC_RUNS ?? 300),
};

/**
 * Text as an attacker writes it: any code point, with the rare ones a uniform draw almost
 * never makes (lone surrogates, NUL and other controls, RTL marks) and the separators parsers
 * split on made common.
 */
export const hostileText = (maxLength = 60) =>
  fc.string({
    maxLength,
    unit: fc.oneof(
      { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
      {
        weight: 2,
        arbitrary: fc.constantFrom('\ud800', '\udfff', '\u0000', '\u202e', '\u200b', '\r', '\n'),
      },
      { weight: 2, arbitrary: fc.constantFrom('@', '.', '%', '{', '}', '/', ':', '+', '-', ' ') },
    ),
  });
