import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { GeoLocator } from '../../../domain/geo-locator.port.js';
import { unknownCampaign } from '../../../domain/tracking.errors.js';
import { CampaignDirectory } from '../../../infrastructure/campaign-directory.js';
import { TrafficBatchWriter } from '../../../infrastructure/click-storage/traffic-batch-writer.js';
import { UserAgentClassifier } from '../../../infrastructure/user-agent-classifier.js';
import { RecordImpressionCommand } from './record-impression.command.js';

@CommandHandler(RecordImpressionCommand)
export class RecordImpressionHandler implements ICommandHandler<RecordImpressionCommand> {
  constructor(
    private readonly directory: CampaignDirectory,
    private readonly writer: TrafficBatchWriter,
    private readonly userAgents: UserAgentClassifier,
    private readonly geo: GeoLocator,
    private readonly clock: Clock,
  ) {}

  async execute({ campaignId, affiliateId, viewer }: RecordImpressionCommand): Promise<void> {
    const campaign = await this.directory.campaign(campaignId);
    if (!campaign) throw unknownCampaign(campaignId);
    // An unknown affiliate's impressions still count for the campaign, without the affiliate.
    const affiliate = await this.directory.affiliate(affiliateId);
    const known = affiliate !== null && affiliate !== 'unknown' ? affiliate.id : null;
    await this.writer.write({
      kind: 'impression',
      campaignId,
      affiliateId: known,
      at: this.clock.now(),
      dimensions: {
        country: this.geo.countryOf(viewer.ip),
        device: this.userAgents.classify(viewer.userAgent).deviceType,
        sub1: viewer.sub1,
      },
    });
  }
}
