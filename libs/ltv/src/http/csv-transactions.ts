import { parse } from 'csv-parse/sync';
import { invalidBatch, malformedCsv } from '../domain/ltv.errors.js';
import { TRANSACTION_FIELDS } from '../domain/transactions/transaction-row.js';

/**
 * Reads a text/csv batch (RFC 4180: quoted fields, CRLF or LF, an optional BOM) into the same
 * row objects as the JSON form. The first line names the columns, in any order. A row with
 * missing values lacks those fields and one with extra values gets `columnN` fields, so the row
 * checks report both per row instead of refusing the whole batch.
 */
export function readCsvTransactions(text: string): Record<string, string>[] {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as string[][];
  } catch (error) {
    throw malformedCsv((error as Error).message);
  }
  if (records.length === 0) throw invalidBatch('header', 'The CSV body is empty.');
  const [header, ...rows] = records;
  const missing = TRANSACTION_FIELDS.filter((field) => !header.includes(field));
  const unknown = header.filter(
    (name) => !(TRANSACTION_FIELDS as readonly string[]).includes(name),
  );
  if (missing.length > 0 || unknown.length > 0 || new Set(header).size !== header.length) {
    throw invalidBatch(
      'header',
      `The first line must name the columns ${TRANSACTION_FIELDS.join(',')} once each, in any order.`,
    );
  }
  return rows.map((values) => {
    const row: Record<string, string> = {};
    values.forEach((value, i) => {
      row[i < header.length ? header[i] : `column${i + 1}`] = value;
    });
    return row;
  });
}
