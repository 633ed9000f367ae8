/** A UTF-16 half of a surrogate pair standing alone: not a character, and no database stores it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why `text` cannot be stored as given, or null when it can. PostgreSQL refuses U+0000 in text
 * and a lone surrogate in jsonb, and turns one into U+FFFD in text, while SQLite keeps both:
 * refusing them everywhere keeps the two databases alike and the value unchanged.
 */
export function unstorableTextReason(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text))
    return 'must be well-formed Unicode (it holds a lone UTF-16 surrogate)';
  return null;
}

/** Whether `text` is well-formed UTF-16: every surrogate in a pair. */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}
