import { Module } from '@nestjs/common';
import { GetAnalyticsOverviewHandler } from './application/queries/get-analytics-overview/get-analytics-overview.handler.js';
import { GetRealtimeHandler } from './application/queries/get-realtime/get-realtime.handler.js';
import { AnalyticsController } from './http/analytics.controller.js';

/**
 * Read-only views across the contexts: it asks the others through their published queries on
 * the QueryBus and owns no business data (and no tables) of its own.
 */
@Module({
  controllers: [AnalyticsController],
  providers: [GetAnalyticsOverviewHandler, GetRealtimeHandler],
})
export class AnalyticsModule {}
