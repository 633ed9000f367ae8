/** The scheme and authority: up to the first /, ? or # after `//`. */
const ORIGIN = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i;
const MACRO = /\{(\w+)\}/g;
/** A UTF-16 half of a pair standing alone, on which encodeURIComponent would throw. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export type MacroValues = Readonly<Record<string, string | null | undefined>>;

/**
 * `template` with each `{name}` that `values` names replaced by its value, URL-encoded (an
 * absent value is empty); other braces stay as they are. Only the part after the scheme and
 * authority is filled, so no value can change which host the URL points at.
 */
export function fillUrlMacros(template: string, values: MacroValues): string {
  const origin = ORIGIN.exec(template)?.[0] ?? '';
  const rest = template
    .slice(origin.length)
    .replace(MACRO, (macro, name: string) =>
      Object.hasOwn(values, name) ? encodeValue(values[name]) : macro,
    );
  return origin + rest;
}

function encodeValue(value: string | null | undefined): string {
  if (typeof value !== 'string') return '';
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd'));
}
