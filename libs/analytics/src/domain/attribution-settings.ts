import { ValidationError } from '@app/kernel';
import {
  type AttributionModel,
  DEFAULT_HALF_LIFE_HOURS,
  type ModelSettings,
} from './attribution-model.js';

export const AttributionErrorCode = {
  InvalidSettings: 'ANALYTICS.INVALID_ATTRIBUTION_SETTINGS',
  InvalidPeriod: 'ANALYTICS.INVALID_PERIOD',
} as const;

/** A year and a day: a yearly report fits, and the work per request stays bounded. */
export const MAX_PERIOD_DAYS = 366;
/** The period when none is asked for: the 30 days up to now. */
export const DEFAULT_PERIOD_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * The model's settings. A half-life means something to time_decay only, so sending one with
 * another model is refused rather than silently ignored: the caller surely meant time_decay.
 */
export function attributionSettings(
  model: AttributionModel,
  halfLifeHours: number | undefined,
): ModelSettings {
  if (halfLifeHours !== undefined && model !== 'time_decay')
    throw ValidationError.forField(
      AttributionErrorCode.InvalidSettings,
      'halfLifeHours',
      'halfLifeHours applies to the time_decay model only.',
    );
  return { model, halfLifeHours: halfLifeHours ?? DEFAULT_HALF_LIFE_HOURS };
}

export interface Period {
  from: Date;
  to: Date;
}

/** [from, to): defaults to the 30 days up to now; at most 366 days long. */
export function attributionPeriod(from: Date | undefined, to: Date | undefined, now: Date): Period {
  const end = to ?? now;
  const start = from ?? new Date(end.getTime() - DEFAULT_PERIOD_DAYS * DAY_MS);
  if (start.getTime() >= end.getTime())
    throw ValidationError.forField(
      AttributionErrorCode.InvalidPeriod,
      'from',
      'from must be earlier than to (which defaults to now).',
    );
  if (end.getTime() - start.getTime() > MAX_PERIOD_DAYS * DAY_MS)
    throw ValidationError.forField(
      AttributionErrorCode.InvalidPeriod,
      'from',
      `The period may be at most ${MAX_PERIOD_DAYS} days long.`,
    );
  return { from: start, to: end };
}
