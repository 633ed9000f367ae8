import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The CDNOW reference data, shipped in the repository (reference-data/cdnow, MIT licence). */
export const CDNOW_DIR = fileURLToPath(new URL('../../reference-data/cdnow', import.meta.url));

/** One row of cdnow_customers_summary_with_transactions.csv (weeks 1..39). */
export interface CdnowSummaryRow {
  id: number;
  x: number;
  tX: number;
  T: number;
  zbar: number;
}

export function readCdnowSummary(): CdnowSummaryRow[] {
  return readFileSync(resolve(CDNOW_DIR, 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [id, x, tX, T, zbar] = line.split(',').map(Number);
      return { id, x, tX, T, zbar };
    });
}

/** One purchase of CDNOW_sample.txt (or CDNOW_master.txt): customer, day, dollars as text. */
export interface CdnowPurchase {
  customerId: string;
  date: string;
  dollars: string;
}

/** The sample's purchases; `customerId` is the sample id (1..2357), as in the summary file. */
export function readCdnowSample(): CdnowPurchase[] {
  return parse('CDNOW_sample.txt', (cols) => ({
    customerId: String(Number(cols[1])),
    date: isoDate(cols[2]),
    dollars: cols[4],
  }));
}

/** The full cohort's 69,659 purchases (one header line). */
export function readCdnowMaster(): CdnowPurchase[] {
  return parse('CDNOW_master.txt', (cols) => ({
    customerId: String(Number(cols[0])),
    date: isoDate(cols[1]),
    dollars: cols[3],
  })).slice(1);
}

function parse(file: string, row: (cols: string[]) => CdnowPurchase): CdnowPurchase[] {
  return readFileSync(resolve(CDNOW_DIR, file), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => row(line.split(/\s+/)));
}

function isoDate(yyyymmdd: string): string {
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}
