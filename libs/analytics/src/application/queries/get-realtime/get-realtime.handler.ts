import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { GetLeadsByMinuteQuery } from '@app/leads';
import { GetTrafficByMinuteQuery } from '@app/tracking';
import {
  realtimeMinutes,
  realtimeWindow,
  RECENT_MINUTES,
  totalsOf,
} from '../../../domain/realtime-window.js';
import { GetRealtimeQuery, type RealtimeView } from './get-realtime.query.js';

@QueryHandler(GetRealtimeQuery)
export class GetRealtimeHandler implements IQueryHandler<GetRealtimeQuery> {
  constructor(
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<RealtimeView> {
    const now = this.clock.now();
    const { start, end } = realtimeWindow(now);
    const [traffic, leads] = await Promise.all([
      this.queries.execute(new GetTrafficByMinuteQuery(start, end)),
      this.queries.execute(new GetLeadsByMinuteQuery(start, end)),
    ]);
    const minutes = realtimeMinutes(start, traffic, leads);
    return {
      asOf: now.toISOString(),
      from: start.toISOString(),
      to: end.toISOString(),
      minutes,
      last5Minutes: totalsOf(minutes.slice(-RECENT_MINUTES)),
      last60Minutes: totalsOf(minutes),
    };
  }
}
