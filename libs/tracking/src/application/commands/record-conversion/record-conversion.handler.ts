import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, Money } from '@app/kernel';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { conversionPayout, conversionStatusForAge } from '../../../domain/conversion-payout.js';
import { conversionVerdict } from '../../../domain/conversion-verdict.js';
import {
  currencyMismatch,
  invalidPostbackToken,
  unknownCampaign,
  unknownClick,
} from '../../../domain/tracking.errors.js';
import { CampaignDirectory } from '../../../infrastructure/campaign-directory.js';
import { ClickLookup } from '../../../infrastructure/click-lookup.js';
import { ConversionStore } from '../../../infrastructure/conversion-store.js';
import { SpendCache } from '../../../infrastructure/spend-cache.js';
import { type PostbackOutcome, RecordConversionCommand } from './record-conversion.command.js';

/** Turns an advertiser's postback into a conversion of the click it names. */
@CommandHandler(RecordConversionCommand)
export class RecordConversionHandler implements ICommandHandler<RecordConversionCommand> {
  constructor(
    private readonly clicks: ClickLookup,
    private readonly directory: CampaignDirectory,
    private readonly conversions: ConversionStore,
    private readonly spend: SpendCache,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ postback, advertiserId }: RecordConversionCommand): Promise<PostbackOutcome> {
    const click = await this.clicks.find(postback.clickId);
    if (!click) throw unknownClick(postback.clickId);
    const campaign = await this.directory.campaign(click.campaignId);
    if (!campaign) throw unknownCampaign(click.campaignId);
    // Another advertiser's click: the same answer as a wrong token, so it reveals nothing.
    if (campaign.advertiserId !== advertiserId) throw invalidPostbackToken();
    const currency = postback.currency ?? campaign.payout.currency;
    if (currency !== campaign.payout.currency)
      throw currencyMismatch(campaign.payout.currency, currency);
    const minor = (amount: string | null, field: string) =>
      amount === null ? null : Money.fromDecimal(amount, currency, field).minor;
    const revenueMinor = minor(postback.revenue, 'revenue');
    const reportedPayoutMinor = minor(postback.payout, 'payout');
    const payoutMinor = conversionPayout(campaign.payout, {
      revenueMinor,
      payoutMinor: reportedPayoutMinor,
      currency,
    });
    const now = this.clock.now();
    const tooLate = conversionStatusForAge(
      click.clickedAt,
      now,
      this.config.conversionLookbackDays,
    );
    const verdict = conversionVerdict(
      postback.status,
      click,
      campaign.fraudulentClickConversions,
      tooLate,
    );
    const stored = await this.conversions.store(
      {
        clickId: click.id,
        clickedAt: click.clickedAt,
        campaignId: click.campaignId,
        affiliateId: click.affiliateId,
        transactionId: postback.transactionId ?? '',
        status: verdict.status,
        statusReason: verdict.reason,
        revenueMinor,
        payoutMinor,
        reportedPayoutMinor,
        currency,
        customerId: postback.customerId,
        convertedAt: now,
      },
      {
        isUnique: click.isUnique,
        dimensions: { country: click.country, device: click.deviceType, sub1: click.sub1 },
      },
      now,
    );
    if (stored.delta)
      this.spend.add(stored.delta.campaignId, stored.delta.payoutMinor ?? 0, stored.delta.hour);
    return {
      result: stored.result,
      conversionId: stored.conversion.id,
      conversionStatus: stored.conversion.status,
    };
  }
}
