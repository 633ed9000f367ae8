import { Module } from '@nestjs/common';
import { GetAttributionReportHandler } from './application/queries/get-attribution-report/get-attribution-report.handler.js';
import { AttributionController } from './http/attribution.controller.js';

/**
 * Read-only views across the contexts: it asks the others through their published queries on
 * the QueryBus and owns no business data (and no tables) of its own.
 */
@Module({
  controllers: [AttributionController],
  providers: [GetAttributionReportHandler],
})
export class AnalyticsModule {}
