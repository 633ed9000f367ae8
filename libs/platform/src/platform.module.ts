import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ScheduleModule } from '@nestjs/schedule';
import { Clock, MemoryWindowCounter, SystemClock, WindowCounter } from '@app/kernel';
import { ApiKeyGuard } from './auth/api-key.guard.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { DatabaseModule } from './database/database.module.js';
import type { DatabaseSchema } from './database/database-schema.js';
import { UnitOfWork } from './database/unit-of-work.js';
import { ProblemDetailsFilter } from './errors/problem-details.filter.js';
import { ProblemValidationPipe } from './errors/validation.pipe.js';
import {
  OUTBOX_RELAY_OPTIONS,
  OutboxRelay,
  type OutboxRelayOptions,
} from './events/outbox-relay.js';
import { OutboxScrubber } from './events/outbox-scrubber.js';
import { OutboxSignal } from './events/outbox-signal.js';
import { PurgeProcessedOutboxJob } from './events/purge-processed-outbox.job.js';
import { HealthController } from './health/health.controller.js';
import { MockPagesController } from './http/mock-pages.controller.js';
import { ResetController } from './http/reset.controller.js';
import { RateLimitGuard } from './rate-limiting/rate-limit.guard.js';
import { RedisWindowCounter } from './rate-limiting/redis-window-counter.js';
import { DeliveryAttempts } from './delivery/delivery-attempts.js';
import { HostResolver, SystemHostResolver } from './outbound/host-resolver.js';
import { OutboundDestinations } from './outbound/outbound-destinations.js';
import { ExclusiveRuns } from './scheduling/exclusive-runs.js';
import { ScheduledJobRunner } from './scheduling/scheduled-job-runner.js';
import { HourlyIpTruncation } from './privacy/hourly-ip-truncation.js';
import { IpTruncationSweeper } from './privacy/ip-truncation-sweeper.js';

export interface PlatformOptions {
  config: AppConfig;
  /** Every context's entities and migrations, gathered by the app. */
  schema: DatabaseSchema;
  /** Tests pass a FixedClock. */
  clock?: Clock;
  /** Tests pass one that asks no DNS server off the machine. */
  hostResolver?: HostResolver;
  outbox?: Partial<OutboxRelayOptions>;
  /**
   * Whether the scheduled jobs' timers run (default true). Tests turn them off and run a job by
   * calling it, so that no timer fires between the steps of a test and races them.
   */
  scheduledJobs?: boolean;
}

const DEFAULT_OUTBOX: OutboxRelayOptions = {
  autoStart: true,
  pollIntervalMs: 1_000,
  batchSize: 100,
  leaseMs: 30_000,
};

/** The Nest plumbing every context stands on: config, database, auth guard, errors, events, jobs. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        DatabaseModule.forRoot(options.config.database, options.schema),
        CqrsModule.forRoot(),
        // Timers for scheduled jobs; ScheduledJobRunner makes each run once across replicas.
        ...(options.scheduledJobs === false ? [] : [ScheduleModule.forRoot()]),
        DiscoveryModule,
      ],
      controllers: [HealthController, ResetController, MockPagesController],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        { provide: HostResolver, useValue: options.hostResolver ?? new SystemHostResolver() },
        { provide: OUTBOX_RELAY_OPTIONS, useValue: { ...DEFAULT_OUTBOX, ...options.outbox } },
        // Shared by replicas through Redis when REDIS_URL is set, else this process's own.
        {
          provide: WindowCounter,
          useFactory: async (): Promise<WindowCounter> =>
            options.config.redisUrl
              ? await RedisWindowCounter.connect(options.config.redisUrl)
              : new MemoryWindowCounter(),
        },
        // Rate limits first: requests with bad keys count too. The key guard verifies keys
        // through the ApiKeyVerifier port, which the access context provides.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useClass: ProblemValidationPipe },
        UnitOfWork,
        DeliveryAttempts,
        OutboundDestinations,
        OutboxSignal,
        OutboxRelay,
        OutboxScrubber,
        PurgeProcessedOutboxJob,
        ExclusiveRuns,
        ScheduledJobRunner,
        IpTruncationSweeper,
        HourlyIpTruncation,
      ],
      exports: [
        APP_CONFIG,
        Clock,
        UnitOfWork,
        DeliveryAttempts,
        OutboundDestinations,
        OutboxRelay,
        OutboxScrubber,
        PurgeProcessedOutboxJob,
        ExclusiveRuns,
        ScheduledJobRunner,
        IpTruncationSweeper,
        HourlyIpTruncation,
        CqrsModule,
      ],
    };
  }
}
