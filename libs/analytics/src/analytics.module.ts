import { Module } from '@nestjs/common';
import { GetAttributionReportHandler } from './application/queries/get-attribution-report/get-attribution-report.handler.js';
import { GetCustomerJourneyHandler } from './application/queries/get-customer-journey/get-customer-journey.handler.js';
import { AttributionController } from './http/attribution.controller.js';
import { CustomerJourneyController } from './http/customer-journey.controller.js';
import { GetAnalyticsOverviewHandler } from './application/queries/get-analytics-overview/get-analytics-overview.handler.js';
import { GetRealtimeHandler } from './application/queries/get-realtime/get-realtime.handler.js';
import { AnalyticsController } from './http/analytics.controller.js';

/**
 * Read-only views across the contexts: it asks the others through their published queries on
 * the QueryBus and owns no business data (and no tables) of its own.
 */
@Module({
  controllers: [AnalyticsController, AttributionController, CustomerJourneyController],
  providers: [
    GetAnalyticsOverviewHandler,
    GetRealtimeHandler,
    GetAttributionReportHandler,
    GetCustomerJourneyHandler,
  ],
})
export class AnalyticsModule {}
