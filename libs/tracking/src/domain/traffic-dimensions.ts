/**
 * The attributes of a click that the dimensional rollups count by, beside campaign and
 * affiliate. A conversion is counted under the values of the click it converts.
 */
export const ROLLUP_DIMENSIONS = ['country', 'device', 'sub1'] as const;

export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

/** null: the click had no value (no country found, no device class, no sub1 given). */
export type TrafficDimensions = Record<RollupDimension, string | null>;

/** Key columns cannot be null: an absent value is stored as ''. */
export function dimensionValue(value: string | null): string {
  return value ?? '';
}
