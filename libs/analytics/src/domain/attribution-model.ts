/** The ways a conversion's credit can be shared between the clicks that led to it. */
export const ATTRIBUTION_MODELS = [
  'last_click',
  'first_click',
  'linear',
  'time_decay',
  'position_based',
] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

/** Half-life of the time-decay model when none is asked for: a click a week older counts half. */
export const DEFAULT_HALF_LIFE_HOURS = 168;

/** Shares of position-based (U-shaped) attribution: the ends keep 40 % each, the middle 20 %. */
const POSITION_END_SHARE = 0.4;
const POSITION_MIDDLE_SHARE = 0.2;

const HOUR_MS = 3_600_000;

export interface ModelSettings {
  model: AttributionModel;
  /** Used by time_decay only. */
  halfLifeHours: number;
}

/**
 * Each touch's share of one conversion, in the touches' order (oldest first), adding up to 1.
 * `ages` are the milliseconds from each touch to the conversion.
 */
export function touchShares(settings: ModelSettings, ages: readonly number[]): number[] {
  const count = ages.length;
  if (count === 0) throw new Error('A conversion has at least one touch: its own click.');
  const only = (index: number) => ages.map((_, i) => (i === index ? 1 : 0));
  switch (settings.model) {
    case 'last_click':
      return only(count - 1);
    case 'first_click':
      return only(0);
    case 'linear':
      return ages.map(() => 1 / count);
    case 'time_decay':
      return timeDecayShares(ages, settings.halfLifeHours);
    case 'position_based':
      return positionShares(count);
  }
}

/**
 * Weight 2^(−age / half-life), normalised: a click one half-life older earns half as much.
 * Ages count from the youngest click (the same shares after normalising): otherwise clicks a
 * thousand half-lives old would all weigh 0 in a double, and 0 / 0 is no share.
 */
function timeDecayShares(ages: readonly number[], halfLifeHours: number): number[] {
  const youngest = Math.min(...ages);
  const weights = ages.map((age) => 2 ** (-(age - youngest) / (halfLifeHours * HOUR_MS)));
  const sum = weights.reduce((total, weight) => total + weight, 0);
  return weights.map((weight) => weight / sum);
}

/** 40/20/40; two touches split evenly and one takes everything, as no middle exists. */
function positionShares(count: number): number[] {
  if (count === 1) return [1];
  if (count === 2) return [0.5, 0.5];
  const middle = POSITION_MIDDLE_SHARE / (count - 2);
  return Array.from({ length: count }, (_, i) =>
    i === 0 || i === count - 1 ? POSITION_END_SHARE : middle,
  );
}
