export const CONVERSION_STATUSES = ['approved', 'pending', 'rejected'] as const;
export type ConversionStatus = (typeof CONVERSION_STATUSES)[number];

/**
 * Only approved conversions count in stats and budgets: a pending one may still be refused,
 * and a rejected one earned nothing. A later status change moves the counters accordingly.
 */
export function countsInStats(status: ConversionStatus): boolean {
  return status === 'approved';
}
