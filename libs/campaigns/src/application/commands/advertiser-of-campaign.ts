import { Injectable } from '@nestjs/common';
import type { CampaignChanges } from '../../domain/campaign.js';
import { AdvertiserRepository } from '../../domain/advertiser.repository.js';
import { unknownAdvertiser } from '../../domain/campaigns.errors.js';

/**
 * A campaign may name an advertiser only if it exists. On creation, the advertiser's name
 * stands in for an advertiserName left out, so clients that know the id need not repeat it.
 */
@Injectable()
export class AdvertiserOfCampaign {
  constructor(private readonly advertisers: AdvertiserRepository) {}

  async resolve<T extends CampaignChanges>(input: T, filling: boolean): Promise<T> {
    const id = typeof input.advertiserId === 'string' ? input.advertiserId.trim() : null;
    if (!id) return input;
    const advertiser = await this.advertisers.findById(id);
    if (!advertiser) throw unknownAdvertiser(id);
    if (filling && input.advertiserName === undefined) {
      return { ...input, advertiserName: advertiser.name };
    }
    return input;
  }
}
