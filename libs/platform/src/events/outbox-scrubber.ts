import { Injectable } from '@nestjs/common';
import type { Transaction } from '../database/unit-of-work.js';
import { OutboxEventOrmEntity } from './outbox-event.orm-entity.js';

/** What replaces a personal value found inside a longer text (a URL, an error message). */
export const ERASED_TEXT = '(erased)';

/**
 * Removes personal values from the outbox, delivered events and waiting ones alike: an event
 * kept as an audit trail must not keep an erased customer's id for OUTBOX_RETENTION_DAYS.
 * A payload field equal to a value becomes null, the way an event without that datum is
 * written (a conversion without a customer), so a waiting event is still delivered and its
 * handlers do what they do for such an event: LTV and retention skip it, as they would skip
 * a conversion made before its customer's erasure anyway. A value inside a longer text is
 * replaced with "(erased)". Rows are found with LIKE on the payload's JSON text, then
 * changed in code, so both databases give the same result.
 */
@Injectable()
export class OutboxScrubber {
  /** Returns the outbox rows changed. */
  async scrub(tx: Transaction, values: readonly string[]): Promise<number> {
    const personal = values.filter((value) => value.length > 0);
    if (personal.length === 0) return 0;
    const rows = await this.candidates(tx, personal);
    let changed = 0;
    for (const row of rows) {
      const payload = scrubValue(row.payload, personal) as object;
      const lastError = row.lastError === null ? null : scrubText(row.lastError, personal);
      if (JSON.stringify(payload) === JSON.stringify(row.payload) && lastError === row.lastError) {
        continue; // a LIKE match that was no value of the subject (SQLite's LIKE ignores case)
      }
      await tx.manager.update(OutboxEventOrmEntity, { id: row.id }, { payload, lastError });
      changed += 1;
    }
    return changed;
  }

  private candidates(tx: Transaction, values: readonly string[]): Promise<OutboxEventOrmEntity[]> {
    // SQLite keeps jsonb as a binary blob: json() gives its text to search.
    const payloadText =
      tx.manager.connection.options.type === 'postgres'
        ? 'CAST(event.payload AS text)'
        : 'json(event.payload)';
    const query = tx.manager.getRepository(OutboxEventOrmEntity).createQueryBuilder('event');
    values.forEach((value, i) => {
      const pattern = `%${escapeLike(value)}%`;
      // The value as it is written inside a JSON string (quotes, backslashes escaped).
      const inJson = `%${escapeLike(JSON.stringify(value).slice(1, -1))}%`;
      query.orWhere(
        `(${payloadText} LIKE :json${i} ESCAPE '\\' OR event.lastError LIKE :text${i} ESCAPE '\\')`,
        { [`json${i}`]: inJson, [`text${i}`]: pattern },
      );
    });
    return query.getMany();
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function scrubText(text: string, values: readonly string[]): string {
  return values.reduce((result, value) => result.split(value).join(ERASED_TEXT), text);
}

/** The payload with every string equal to a value nulled and every one containing it masked. */
function scrubValue(value: unknown, values: readonly string[]): unknown {
  if (typeof value === 'string') {
    return values.includes(value) ? null : scrubText(value, values);
  }
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, values));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, scrubValue(item, values)]),
    );
  }
  return value;
}
