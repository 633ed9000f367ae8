import { type DynamicModule, Module } from '@nestjs/common';
import { CampaignsModule } from '@app/campaigns';
import { TRACKING_HOT_ROUTES, TrackingModule } from '@app/tracking';
import {
  type AppConfig,
  type Clock,
  type OutboxRelayOptions,
  PlatformModule,
  type PlatformOptions,
} from '@app/platform';
import { databaseSchema } from './database-schema.js';

export interface AppModuleOptions {
  clock?: Clock;
  outbox?: Partial<OutboxRelayOptions>;
  logDestination?: PlatformOptions['logDestination'];
}

/** The composition root: the kernel and every context, and nothing else. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({
          config,
          schema: databaseSchema,
          unloggedRoutes: TRACKING_HOT_ROUTES,
          ...options,
        }),
        CampaignsModule,
        TrackingModule,
      ],
    };
  }
}
