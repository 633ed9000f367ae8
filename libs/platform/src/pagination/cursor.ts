import { isId, ValidationError } from '@app/kernel';

/**
 * Cursors are opaque to clients: base64url of the last row's sort key. Lists are ordered by
 * id (UUIDv7, so by creation time), which makes the id alone a complete key.
 */
export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ id: lastId }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const id = (decoded as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && isId(id)) return id;
  } catch {
    // fall through to the error below: a damaged cursor is the caller's input error
  }
  throw ValidationError.forField(
    'PAGINATION.INVALID_CURSOR',
    'cursor',
    'Cursor is not one this API issued; use nextCursor from a previous page.',
  );
}

/** One page of a list, newest first; `nextCursor` is null on the last page. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/**
 * Builds a page from rows fetched with `limit + 1`: the extra row only tells whether another
 * page exists.
 */
export function toPage<T extends { id: string }, R>(
  rows: T[],
  limit: number,
  present: (row: T) => R,
): Page<R> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return {
    data: pageRows.map(present),
    nextCursor: hasMore ? encodeCursor(pageRows[pageRows.length - 1].id) : null,
  };
}
