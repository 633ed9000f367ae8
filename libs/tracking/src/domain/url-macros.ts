/** The scheme and authority: up to the first /, ? or # after `//`. */
const ORIGIN = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i;
const MACRO = /\{(\w+)\}/g;
/** A UTF-16 half of a pair standing alone, on which encodeURIComponent would throw. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Templates are few (one per campaign or affiliate); the bound only guards against a flood. */
const MAX_COMPILED = 10_000;

export type MacroValues = Readonly<Record<string, string | null | undefined>>;

/**
 * A template split once into its literal text and macro names, alternating: literal, name,
 * literal, ..., literal. The origin belongs to the first literal, so no macro in it is filled.
 */
type CompiledTemplate = readonly string[];
const compiled = new Map<string, CompiledTemplate>();

/**
 * `template` with each `{name}` that `values` names replaced by its value, URL-encoded (an
 * absent value is empty); other braces stay as they are. Only the part after the scheme and
 * authority is filled, so no value can change which host the URL points at. Each template is
 * parsed once: this runs on every click.
 */
export function fillUrlMacros(template: string, values: MacroValues): string {
  const parts = compiledTemplate(template);
  let url = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    url += (Object.hasOwn(values, name) ? encodeValue(values[name]) : `{${name}}`) + parts[i + 1];
  }
  return url;
}

function compiledTemplate(template: string): CompiledTemplate {
  const known = compiled.get(template);
  if (known) return known;
  const origin = ORIGIN.exec(template)?.[0] ?? '';
  const parts = [origin];
  let last = origin.length;
  for (const match of template.slice(origin.length).matchAll(MACRO)) {
    const at = origin.length + match.index;
    parts[parts.length - 1] += template.slice(last, at);
    parts.push(match[1], '');
    last = at + match[0].length;
  }
  parts[parts.length - 1] += template.slice(last);
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(template, parts);
  return parts;
}

function encodeValue(value: string | null | undefined): string {
  if (typeof value !== 'string') return '';
  try {
    return encodeURIComponent(value);
  } catch {
    // Only a lone surrogate makes it throw: sent as U+FFFD rather than failing the click.
    return encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd'));
  }
}
