import { describe, expect, it } from 'vitest';
import { MAX_INPUT_DEPTH, unstorableInput } from './unstorable-input.js';

/** `value` wrapped in `depth` single-key objects: {"a":{"a":…value…}}. */
const nested = (depth: number, value: unknown): unknown =>
  Array.from({ length: depth }).reduce<unknown>((inner) => ({ a: inner }), value);

describe('unstorableInput', () => {
  it('accepts ordinary text, numbers and nesting up to the limit', () => {
    expect(unstorableInput({ name: 'Ada 👩‍💻', tags: ['é', 1, null] }, '')).toEqual([]);
    expect(unstorableInput(nested(MAX_INPUT_DEPTH - 1, 'x'), '')).toEqual([]);
  });

  it('names every NUL character and lone surrogate, in values and keys, by dotted path', () => {
    expect(
      unstorableInput({ a: 'x\u0000', list: ['ok', 'y\uD800'], ['k\u0000']: 1, b: '\uDC00z' }, ''),
    ).toEqual([
      { field: 'k\u0000', message: 'k\u0000 must not contain a NUL character (U+0000)' },
      { field: 'a', message: 'a must not contain a NUL character (U+0000)' },
      {
        field: 'list.1',
        message: 'list.1 must be well-formed Unicode (it holds a lone UTF-16 surrogate)',
      },
      { field: 'b', message: 'b must be well-formed Unicode (it holds a lone UTF-16 surrogate)' },
    ]);
  });

  it('prefixes a path parameter by its name', () => {
    expect(unstorableInput('a\u0000', 'id')).toEqual([
      { field: 'id', message: 'id must not contain a NUL character (U+0000)' },
    ]);
  });

  it('refuses nesting past the limit without recursing, however deep it goes', () => {
    let deep: unknown = 'x';
    for (let level = 0; level < 200_000; level += 1) deep = [deep];
    const [error] = unstorableInput(deep, '');
    expect(error.message).toBe(
      `${'0.'.repeat(MAX_INPUT_DEPTH - 1)}0 is nested more than ${MAX_INPUT_DEPTH} levels deep`,
    );
    expect(unstorableInput(nested(MAX_INPUT_DEPTH + 1, 'x'), '')).toHaveLength(1);
  });

  it('reports at most 50 problems for a body full of them', () => {
    expect(
      unstorableInput(
        Array.from({ length: 10_000 }, () => '\u0000'),
        '',
      ),
    ).toHaveLength(50);
  });
});
