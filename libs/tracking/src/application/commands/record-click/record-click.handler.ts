import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, ipNetworkKey } from '@app/kernel';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { decideClick } from '../../../domain/click-decision.js';
import { newClickId } from '../../../domain/click-id.js';
import { destinationUrl } from '../../../domain/destination-url.js';
import { GeoLocator } from '../../../domain/geo-locator.port.js';
import { IpRateLimiter } from '../../../domain/ip-rate-limiter.js';
import { unknownCampaign } from '../../../domain/tracking.errors.js';
import { BlocklistCache } from '../../../infrastructure/blocklist-cache.js';
import { CampaignDirectory } from '../../../infrastructure/campaign-directory.js';
import { TrafficBatchWriter } from '../../../infrastructure/click-storage/traffic-batch-writer.js';
import { SpendCache } from '../../../infrastructure/spend-cache.js';
import { UserAgentClassifier } from '../../../infrastructure/user-agent-classifier.js';
import { type RecordedClick, RecordClickCommand } from './record-click.command.js';

/**
 * The click's hot path: everything it reads is in memory (campaigns, block lists, spend, user
 * agent verdicts, countries); its one wait is the group commit that makes the click durable.
 */
@CommandHandler(RecordClickCommand)
export class RecordClickHandler implements ICommandHandler<RecordClickCommand> {
  constructor(
    private readonly directory: CampaignDirectory,
    private readonly blocklists: BlocklistCache,
    private readonly spend: SpendCache,
    private readonly userAgents: UserAgentClassifier,
    private readonly geo: GeoLocator,
    @Inject(IpRateLimiter) private readonly ipRate: IpRateLimiter,
    private readonly writer: TrafficBatchWriter,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ click }: RecordClickCommand): Promise<RecordedClick> {
    const campaign = await this.directory.campaign(click.campaignId);
    if (!campaign) throw unknownCampaign(click.campaignId);
    const now = this.clock.now();
    const agent = this.userAgents.classify(click.userAgent);
    // Per-IP rules (the click rate, unique clicks) count an IPv6 visitor by its network.
    const visitorNetwork = ipNetworkKey(click.ip, this.config.ipv6SubnetPrefix);
    const country = this.geo.countryOf(click.ip);
    const affiliate = await this.directory.affiliate(click.affiliateId);
    const decision = decideClick({
      campaign,
      spend: this.spend.of(campaign.id),
      affiliate,
      userAgent: click.userAgent,
      isBotUserAgent: agent.isBot,
      ip: click.ip,
      referrer: click.referrer,
      country,
      deviceType: agent.deviceType,
      ipRateExceeded: this.ipRate.hit(visitorNetwork, now),
      blocklist: this.blocklists.current,
      now,
    });
    const clickId = newClickId(now);
    // Through the URL parser: a Location header must be plain ASCII (IDN hosts, raw unicode).
    const location = new URL(
      destinationUrl(campaign, decision, { ...click, clickId }, `${click.baseUrl}/mock-safe-page`),
    ).href;
    await this.writer.write({
      kind: 'click',
      id: clickId,
      clickedAt: now,
      campaignId: campaign.id,
      affiliateId: click.affiliateId,
      // An id that names no affiliate is kept on the click but counted without an affiliate.
      countedAffiliateId: affiliate && affiliate !== 'unknown' ? affiliate.id : null,
      sub1: click.sub1,
      sub2: click.sub2,
      sub3: click.sub3,
      sub4: click.sub4,
      sub5: click.sub5,
      externalId: click.externalId,
      ip: click.ip,
      visitorNetwork,
      userAgent: click.userAgent,
      referrer: click.referrer,
      country,
      deviceType: agent.deviceType,
      os: agent.os,
      browser: agent.browser,
      isBot: decision.isBot,
      isBlocked: decision.isBlocked,
      reasons: decision.reasons,
      destinationKind: decision.destination,
      destination: location,
      payout: campaign.payout,
    });
    return { clickId, location };
  }
}
