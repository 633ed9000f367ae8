import { Module } from '@nestjs/common';

/**
 * Read-only views across the contexts: it asks the others through their published queries on
 * the QueryBus and owns no business data (and no tables) of its own.
 */
@Module({
  controllers: [],
  providers: [],
})
export class AnalyticsModule {}
