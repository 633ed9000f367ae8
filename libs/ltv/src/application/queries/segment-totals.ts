import type { EntityManager } from 'typeorm';
import { SEGMENTS, type Segment } from '../../domain/analysis/segments.js';
import { major } from './money-view.js';

export interface SegmentTotals {
  segment: Segment;
  customers: number;
  /** Share of the customers with a prediction. */
  shareOfCustomers: number;
  totalPredictedClv: number;
  /** Share of the base's total predicted CLV. */
  shareOfValue: number;
}

/** Customers and predicted value per segment, every segment listed (zeros included). */
export async function segmentTotals(
  manager: EntityManager,
  currency: string,
): Promise<SegmentTotals[]> {
  const rows: { segment: Segment; customers: string | number; value: string | number | null }[] =
    await manager.query(
      'SELECT segment, COUNT(*) AS customers, SUM(predicted_clv_minor) AS value FROM ltv_predictions GROUP BY segment',
    );
  const bySegment = new Map(rows.map((row) => [row.segment, row]));
  const customers = rows.reduce((sum, row) => sum + Number(row.customers), 0);
  const value = rows.reduce((sum, row) => sum + Number(row.value ?? 0), 0);
  return SEGMENTS.map((segment) => {
    const row = bySegment.get(segment);
    const segmentValue = Number(row?.value ?? 0);
    return {
      segment,
      customers: Number(row?.customers ?? 0),
      shareOfCustomers: customers === 0 ? 0 : Number(row?.customers ?? 0) / customers,
      totalPredictedClv: major(segmentValue, currency),
      shareOfValue: value === 0 ? 0 : segmentValue / value,
    };
  });
}
