import { RE2JS, RE2JSSyntaxException } from 're2js';

/**
 * A form's `pattern` rules run on whatever a visitor posts to the public submit route, so they
 * run on RE2 (re2js, a pure-JS port): it matches in time linear in the value, where
 * JavaScript's backtracking RegExp took 2.3 s on `(\w|\d)*!` and a 29-character value, doubling
 * with each character. RE2 has no backreferences or lookaround; such patterns are refused.
 */
export const MAX_PATTERN_LENGTH = 500;

/**
 * RE2's "program size" (its compiled instructions). Matching costs about size x value length;
 * measured on 2 cores, a 1,000-instruction program over a 1,000-character value took up to
 * 90 ms, a 5,000-instruction one (`(.?){1000}.{1000}`) 850 ms. Real patterns (a phone number,
 * an email, a postcode) stay under 600.
 */
export const MAX_PATTERN_PROGRAM_SIZE = 1_000;

/**
 * The longest value a pattern sees; a longer one fails the rule unmatched. Every field type
 * but url and textarea holds at most 255 characters, and a pattern is meant for short codes,
 * names and numbers; with the program cap it bounds one rule near 90 ms.
 */
export const MAX_PATTERN_INPUT = 1_000;

/** A pattern compiled once, matched against whole values as HTML's pattern attribute does. */
export type CompiledPattern = { matches(value: string): boolean };

const compiled = new Map<string, CompiledPattern | string>();

/** The compiled pattern, or why RE2 cannot run it; remembered per pattern text. */
export function compilePattern(source: string): CompiledPattern | string {
  let entry = compiled.get(source);
  if (entry === undefined) {
    entry = compileOnce(source);
    if (compiled.size >= 1_000) compiled.clear();
    compiled.set(source, entry);
  }
  return entry;
}

function compileOnce(source: string): CompiledPattern | string {
  let regex: RE2JS;
  try {
    regex = RE2JS.compile(source);
  } catch (error) {
    if (!(error instanceof RE2JSSyntaxException)) throw error;
    return refusal(source, error.message.replace(/^error parsing regexp: /, ''));
  }
  if (regex.programSize() > MAX_PATTERN_PROGRAM_SIZE) return tooComplex();
  return { matches: (value) => regex.testExact(value) };
}

/** Why RE2 refuses `source`: too large, not a regular expression at all, or beyond RE2. */
function refusal(source: string, reason: string): string {
  if (reason.includes('too large')) return tooComplex();
  if (!isJavaScriptRegExp(source)) return `pattern is not a valid regular expression (${reason}).`;
  return `pattern uses syntax the linear-time (RE2) engine does not run (${reason}); backreferences and lookaround are not supported.`;
}

/** Compiling (never running) a JavaScript RegExp is safe: it tells a typo from RE2's limits. */
function isJavaScriptRegExp(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

function tooComplex(): string {
  return `pattern is too complex: its compiled form may hold at most ${MAX_PATTERN_PROGRAM_SIZE} instructions (large repetition counts such as {1000} multiply it).`;
}
