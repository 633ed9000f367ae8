import { type FieldError, unstorableTextReason } from '@app/kernel';

/**
 * The deepest nesting a request may have. The deepest DTO is three levels (a form's field
 * options); a body nested thousands of levels deep would otherwise exhaust the stack of every
 * recursive reader after the parser (validation, transformation).
 */
export const MAX_INPUT_DEPTH = 32;

/** A body of a million bad strings gets an answer of a reasonable size. */
const MAX_REPORTED = 50;

/**
 * Every string (keys included) in `input` that cannot be stored as given, by its dotted path
 * under `root`, and the first place nested deeper than MAX_INPUT_DEPTH. Walks with its own
 * stack, never recursion, so no input can overflow it.
 */
export function unstorableInput(input: unknown, root: string): FieldError[] {
  const errors: FieldError[] = [];
  const pending: { value: unknown; path: string; depth: number }[] = [
    { value: input, path: root, depth: 0 },
  ];
  while (pending.length > 0) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      const reason = unstorableTextReason(value);
      if (reason) errors.push({ field: path, message: `${path || 'value'} ${reason}` });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      errors.push({
        field: path,
        message: `${path || 'value'} is nested more than ${MAX_INPUT_DEPTH} levels deep`,
      });
      return errors;
    }
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [String(index), item])
      : Object.entries(value);
    const items = entries.map(([key, item]) => {
      const itemPath = path ? `${path}.${key}` : key;
      const keyReason = Array.isArray(value) ? null : unstorableTextReason(key);
      if (keyReason) errors.push({ field: itemPath, message: `${itemPath} ${keyReason}` });
      return { value: item, path: itemPath, depth: depth + 1 };
    });
    // Reversed onto the stack, so that fields are reported in the order they were sent.
    for (let index = items.length - 1; index >= 0; index -= 1) pending.push(items[index]);
    if (errors.length >= MAX_REPORTED) break;
  }
  return errors.slice(0, MAX_REPORTED);
}
