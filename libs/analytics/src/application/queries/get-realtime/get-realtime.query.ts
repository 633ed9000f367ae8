import { Query } from '@nestjs/cqrs';
import type { RealtimeMinute, RealtimeTotals } from '../../../domain/realtime-window.js';

export interface RealtimeView {
  /** When the document was made. */
  asOf: string;
  /** The window: 60 whole minutes, the last one still running (from inclusive, to exclusive). */
  from: string;
  to: string;
  /** Oldest first, every minute present (zeros when quiet). */
  minutes: RealtimeMinute[];
  /** The last 5 minutes of the window (the running one included). */
  last5Minutes: RealtimeTotals;
  /** The whole window. */
  last60Minutes: RealtimeTotals;
}

/** Clicks, approved conversions, revenue and new leads of the last 60 minutes, by minute. */
export class GetRealtimeQuery extends Query<RealtimeView> {}
