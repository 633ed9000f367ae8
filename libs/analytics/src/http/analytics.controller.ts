import { Controller, Get, type MessageEvent, Query, Sse } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AllowRoles, ApiProblemResponses, Caller, type CallerScope } from '@app/platform';
import { exhaustMap, from, map, type Observable, timer } from 'rxjs';
import type { AnalyticsOverviewView } from '../application/queries/get-analytics-overview/analytics-overview.view.js';
import { GetAnalyticsOverviewQuery } from '../application/queries/get-analytics-overview/get-analytics-overview.query.js';
import {
  GetRealtimeQuery,
  type RealtimeView,
} from '../application/queries/get-realtime/get-realtime.query.js';
import { AnalyticsOverviewQueryDto } from './dto/analytics-overview.query-dto.js';
import { AnalyticsOverviewResponse } from './dto/analytics-overview.response.js';
import { RealtimeResponse } from './dto/realtime.response.js';
import {
  DEFAULT_STREAM_INTERVAL_SECONDS,
  RealtimeStreamQueryDto,
} from './dto/realtime-stream.query-dto.js';

/** The SSE event name of the real-time document. */
export const REALTIME_EVENT = 'realtime';

@ApiTags('analytics')
@Controller('v1/analytics')
export class AnalyticsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @AllowRoles('affiliate', 'advertiser')
  @ApiOperation({
    summary: 'Traffic, conversions, money and ratios of a period, grouped, with leads and LTV.',
    description:
      "Served from hourly rollups (its cost does not grow with raw clicks), so the period is widened to whole hours and echoed. Money is per payout currency. Default period: the 30 days up to now; at most 366 days (31 when grouped by hour). Affiliate keys read their own traffic without revenue, profit, EPC and ROI; advertiser keys their campaigns' traffic without cost, profit and ROI; neither gets the network's leads and LTV.",
  })
  @ApiOkResponse({ type: AnalyticsOverviewResponse })
  @ApiProblemResponses(422)
  getAnalyticsOverview(
    @Query() query: AnalyticsOverviewQueryDto,
    @Caller() caller: CallerScope,
  ): Promise<AnalyticsOverviewView> {
    return this.queries.execute(
      new GetAnalyticsOverviewQuery(
        query.group_by ?? 'day',
        query.from === undefined ? undefined : new Date(query.from),
        query.to === undefined ? undefined : new Date(query.to),
        query.campaign_id,
        query.affiliate_id,
        caller,
      ),
    );
  }

  @Get('realtime')
  @ApiOperation({
    summary: 'The last 60 minutes by minute: clicks, conversions, revenue and leads.',
    description: 'Every minute is present (zeros when quiet); the last one is still running.',
  })
  @ApiOkResponse({ type: RealtimeResponse })
  getRealtimeAnalytics(): Promise<RealtimeView> {
    return this.queries.execute(new GetRealtimeQuery());
  }

  @Sse('realtime/stream')
  @ApiOperation({
    summary: 'The real-time document as Server-Sent Events, at once and then every few seconds.',
    description: `Each event is \`event: ${REALTIME_EVENT}\` with the JSON of GET /v1/analytics/realtime as its data. The stream runs until the client disconnects.`,
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: `An endless event stream; every event is named \`${REALTIME_EVENT}\` and its data is a RealtimeResponse as JSON.`,
    content: {
      'text/event-stream': {
        schema: {
          type: 'string',
          example: `event: ${REALTIME_EVENT}\ndata: {"asOf":"2026-11-26T09:41:27.120Z","from":"2026-11-26T08:42:00.000Z",…}\n\n`,
        },
      },
    },
  })
  @ApiProblemResponses(422)
  streamRealtimeAnalytics(@Query() query: RealtimeStreamQueryDto): Observable<MessageEvent> {
    const interval = (query.interval ?? DEFAULT_STREAM_INTERVAL_SECONDS) * 1000;
    // exhaustMap: a tick that comes while the previous document is still being read is
    // skipped, so a slow database never piles up queries. Unsubscribing (the client left)
    // stops the timer.
    return timer(0, interval).pipe(
      exhaustMap(() => from(this.queries.execute(new GetRealtimeQuery()))),
      map((data) => ({ type: REALTIME_EVENT, data })),
    );
  }
}
