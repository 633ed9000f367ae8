import { type DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { CampaignsModule } from '@app/campaigns';
import { LeadsModule } from '@app/leads';
import { LtvModule } from '@app/ltv';
import { RetentionModule } from '@app/retention';
import { TrackingModule } from '@app/tracking';
import type { Clock } from '@app/kernel';
import {
  type AppConfig,
  type HostResolver,
  type OutboxRelayOptions,
  PlatformModule,
} from '@app/platform';
import { AnalyticsModule } from '@app/analytics';
import { PrivacyModule } from '@app/privacy';
import { databaseSchema } from './database-schema.js';

export interface AppModuleOptions {
  clock?: Clock;
  /** Tests answer host names without DNS (see PlatformOptions). */
  hostResolver?: HostResolver;
  outbox?: Partial<OutboxRelayOptions>;
  /** Tests turn the scheduled jobs' timers off (see PlatformOptions). */
  scheduledJobs?: boolean;
}

/** The composition root: the platform and every context, and nothing else. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          config,
          schema: databaseSchema,
          ...options,
        }),
        AccessModule,
        CampaignsModule,
        TrackingModule,
        LeadsModule,
        LtvModule,
        RetentionModule,
        AnalyticsModule,
        PrivacyModule,
      ],
    };
  }
}
