import { Query } from '@nestjs/cqrs';

/** One minute in which leads were captured; minutes without any are absent. */
export interface LeadsMinuteView {
  /** The minute's start, ISO 8601 UTC. */
  minute: string;
  /** New leads (submissions that made a lead, not duplicates, spam or invalid ones). */
  leads: number;
}

/**
 * New leads per minute of [from, to), for the real-time view: read through the submissions'
 * time index, so meant for short windows (at most a day).
 */
export class GetLeadsByMinuteQuery extends Query<LeadsMinuteView[]> {
  constructor(
    readonly from: Date,
    readonly to: Date,
  ) {
    super();
  }
}
