import { describe, expect, it } from 'vitest';
import { compilePattern, type CompiledPattern } from './form-pattern.js';

const compiled = (source: string) => compilePattern(source) as CompiledPattern;

describe('form patterns on RE2', () => {
  it('matches the whole value, as HTML does, also across alternatives', () => {
    expect(compiled('a|bc').matches('bc')).toBe(true);
    expect(compiled('a|bc').matches('abc')).toBe(false);
    expect(compiled('[A-Z]{2}\\d{3}').matches('AB123')).toBe(true);
    expect(compiled('[A-Z]{2}\\d{3}').matches('AB1234')).toBe(false);
  });

  it('counts characters, not UTF-16 units, and knows Unicode classes', () => {
    expect(compiled('.{2}').matches('😀é')).toBe(true);
    expect(compiled('\\p{L}+').matches('Zoë')).toBe(true);
  });

  it('answers in linear time where a backtracking engine takes minutes', () => {
    const started = performance.now();
    expect(compiled('(\\w|\\d)*!').matches(`${'1'.repeat(999)}c`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('tells a typo from syntax RE2 does not run, and refuses huge programs', () => {
    expect(compilePattern('(')).toMatch(/^pattern is not a valid regular expression/);
    expect(compilePattern('(a)\\1')).toMatch(/^pattern uses syntax the linear-time \(RE2\)/);
    expect(compilePattern('(?<!a)b')).toMatch(/^pattern uses syntax the linear-time \(RE2\)/);
    expect(compilePattern('(.?){1000}.{1000}')).toMatch(/^pattern is too complex/);
    expect(compilePattern('(.{1,1000}){1,1000}')).toMatch(/^pattern is too complex/);
  });
});
