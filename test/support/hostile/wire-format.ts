import { RawJson } from './hostile-values.js';

/**
 * Percent-encodes any string, lone UTF-16 surrogates included (as the three bytes a careless
 * encoder would send, %ED%A0%80), where encodeURIComponent would throw.
 */
export function encodeComponent(text: string): string {
  let out = '';
  for (const char of text) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

/** `name=value&…`, each part encoded; a value list repeats its name. */
export function queryString(entries: [string, string | string[]][]): string {
  return entries
    .flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value]).map(
        (item) => `${encodeComponent(name)}=${encodeComponent(item)}`,
      ),
    )
    .join('&');
}

/** JSON text of `value`, with RawJson literals written as given (1e400, -0, 30-digit integers). */
export function toJsonText(value: unknown): string {
  const raw: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof RawJson) {
      raw.push(item.text);
      return `\u0001raw${raw.length - 1}\u0001`;
    }
    return item;
  });
  return (text ?? 'null').replace(/"\\u0001raw(\d+)\\u0001"/g, (_match, index: string) =>
    String(raw[Number(index)]),
  );
}

/** The text a query string or form field carries for a JSON-ish value; undefined when none. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof RawJson) return value.text;
  return undefined;
}
