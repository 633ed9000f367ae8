import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { GetAffiliatePostbackUrlQuery } from '@app/campaigns';
import { Clock } from '@app/kernel';
import {
  APP_CONFIG,
  type AppConfig,
  type CallOutcome,
  DeliveryAttempts,
  type DeliveryOutcome,
  type DeliveryRun,
  emptyDeliveryRun,
  GuardedHttpClient,
  tally,
} from '@app/platform';
import { DataSource } from 'typeorm';
import { affiliatePostbackUrl } from '../../domain/affiliate-postback.js';
import { ClickLookup } from '../click-lookup.js';
import { ConversionOrmEntity } from '../conversion.orm-entity.js';
import { AffiliatePostbackOrmEntity } from './affiliate-postback.orm-entity.js';

const BATCH = 100;
/** Calls in flight at once: one slow affiliate must not hold up everyone else's. */
const CONCURRENCY = 10;
const TIMEOUT_MS = 10_000;
/** Longer than a call can take, so a claim only lapses when its replica died mid-call. */
const LEASE_MS = 60_000;

/**
 * Makes the calls affiliates are owed. A call is claimed with a lease first (DeliveryAttempts),
 * so two replicas never make the same one at once; its URL is built at that moment from
 * the affiliate's current postback URL and the conversion and click as stored. A failure
 * (non-2xx, refused address, timeout) is retried with backoff until
 * AFFILIATE_POSTBACK_MAX_ATTEMPTS, after which the call is marked failed.
 */
@Injectable()
export class AffiliatePostbackDelivery implements OnApplicationShutdown {
  private readonly logger = new Logger('AffiliatePostbacks');
  private readonly client: GuardedHttpClient;
  private running: Promise<DeliveryRun> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: QueryBus,
    private readonly clicks: ClickLookup,
    private readonly attempts: DeliveryAttempts,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.client = new GuardedHttpClient(config.outbound.allowedPrivateAddresses, TIMEOUT_MS);
  }

  /** One pass over the due calls; a pass already under way is joined, not doubled. */
  deliverDue(): Promise<DeliveryRun> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  onApplicationShutdown(): void {
    this.client.close();
  }

  private async pass(): Promise<DeliveryRun> {
    const run = emptyDeliveryRun();
    const now = this.clock.now();
    // A conversion's calls go out in the order they were owed: a later one waits while an
    // earlier one is still pending, so "approved" can never overtake "pending".
    const due = await this.dataSource
      .getRepository(AffiliatePostbackOrmEntity)
      .createQueryBuilder('call')
      .where("call.status = 'pending'")
      .andWhere('call.nextAttemptAt <= :now', { now })
      .andWhere('(call.leaseUntil IS NULL OR call.leaseUntil <= :now)')
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM affiliate_postbacks earlier
          WHERE earlier.conversion_id = call.conversion_id
            AND earlier.status = 'pending' AND earlier.id < call.id)`,
      )
      .orderBy('call.nextAttemptAt', 'ASC')
      .limit(BATCH)
      .getMany();
    let next = 0;
    const worker = async () => {
      while (next < due.length) {
        const outcome = await this.attempt(due[next++]);
        if (outcome !== 'skipped') tally(run, outcome);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    if (run.attempted > 0)
      this.logger.log(`Postbacks: ${run.sent} sent, ${run.failed} failed of ${run.attempted}.`);
    return run;
  }

  private async attempt(call: AffiliatePostbackOrmEntity): Promise<DeliveryOutcome | 'skipped'> {
    if (!(await this.attempts.claim(AffiliatePostbackOrmEntity, call, LEASE_MS))) return 'skipped';
    const target = await this.targetOf(call);
    const outcome: CallOutcome =
      'url' in target ? await this.client.get(target.url) : { status: null, error: target.never };
    return this.attempts.settle(AffiliatePostbackOrmEntity, call, outcome.error, {
      maxAttempts: this.config.affiliatePostbacks.maxAttempts,
      final: 'never' in target,
      also: { responseStatus: outcome.status },
    });
  }

  /** The URL to call, or why there will never be one (no retry can help). */
  private async targetOf(
    call: AffiliatePostbackOrmEntity,
  ): Promise<{ url: string } | { never: string }> {
    const template = await this.queries.execute(new GetAffiliatePostbackUrlQuery(call.affiliateId));
    if (!template) return { never: 'the affiliate has no postback URL any more' };
    const conversion = await this.dataSource
      .getRepository(ConversionOrmEntity)
      .findOneBy({ id: call.conversionId });
    if (!conversion) return { never: 'the conversion no longer exists' };
    const click = await this.clicks.find(conversion.clickId);
    const url = affiliatePostbackUrl(template, {
      clickId: conversion.clickId,
      conversionId: conversion.id,
      transactionId: conversion.transactionId,
      campaignId: conversion.campaignId,
      affiliateId: call.affiliateId,
      subs: [
        click?.sub1 ?? null,
        click?.sub2 ?? null,
        click?.sub3 ?? null,
        click?.sub4 ?? null,
        click?.sub5 ?? null,
      ],
      payoutMinor: conversion.payoutMinor,
      currency: conversion.currency,
      status: call.conversionStatus,
    });
    return { url };
  }
}
