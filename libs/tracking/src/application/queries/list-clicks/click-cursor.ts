import { ValidationError } from '@app/kernel';
import { clickTimeOf } from '../../../domain/click-id.js';

/** The sort key of a click: clicks are listed by (clicked_at, id), newest first. */
export interface ClickKey {
  clickedAt: Date;
  id: string;
}

/**
 * Cursors of the click list: base64url of the last click's whole key. The id alone would not
 * do: click ids do not sort by time, and the table is keyed (clicked_at, id).
 */
export function encodeClickCursor({ clickedAt, id }: ClickKey): string {
  return Buffer.from(JSON.stringify({ at: clickedAt.toISOString(), id }), 'utf8').toString(
    'base64url',
  );
}

export function decodeClickCursor(cursor: string): ClickKey {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const { at, id } = (decoded ?? {}) as { at?: unknown; id?: unknown };
    if (typeof at === 'string' && typeof id === 'string' && clickTimeOf(id)) {
      const key = { clickedAt: new Date(at), id };
      // Only the exact text this API issues: base64url decoding skips stray characters.
      if (!Number.isNaN(key.clickedAt.getTime()) && encodeClickCursor(key) === cursor) return key;
    }
  } catch {
    // fall through: a damaged cursor is the caller's input error
  }
  throw ValidationError.forField(
    'PAGINATION.INVALID_CURSOR',
    'cursor',
    'Cursor is not one this API issued; use nextCursor from a previous page.',
  );
}
