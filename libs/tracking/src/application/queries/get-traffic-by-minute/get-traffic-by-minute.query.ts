import { Query } from '@nestjs/cqrs';

export interface MinuteMoney {
  currency: string;
  /** Major units. */
  amount: number;
}

/** One minute that had traffic; minutes without any are absent (the caller zero-fills). */
export interface TrafficMinuteView {
  /** The minute's start, ISO 8601 UTC. */
  minute: string;
  clicks: number;
  /** Approved conversions reported in the minute. */
  conversions: number;
  /** Their revenue per currency, alphabetical. */
  revenue: MinuteMoney[];
}

/**
 * Clicks and approved conversions per minute of [from, to), read from the raw rows through
 * their time indexes. Meant for short windows (the real-time view's hour): it refuses spans
 * over a day rather than scan unbounded history.
 */
export class GetTrafficByMinuteQuery extends Query<TrafficMinuteView[]> {
  constructor(
    readonly from: Date,
    readonly to: Date,
  ) {
    super();
  }
}
