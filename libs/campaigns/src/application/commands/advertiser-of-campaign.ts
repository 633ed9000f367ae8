import { Injectable } from '@nestjs/common';
import { Clock, DomainError, newId } from '@app/kernel';
import { Advertiser } from '../../domain/advertiser.js';
import { AdvertiserRepository } from '../../domain/advertiser.repository.js';
import type { CampaignChanges, NewCampaignInput } from '../../domain/campaign.js';
import { CampaignsErrorCode, unknownAdvertiser } from '../../domain/campaigns.errors.js';

/**
 * Every campaign belongs to an advertiser record, because the advertiser's postback
 * credentials are what may record its conversions. A campaign may name an advertiser only if
 * it exists. On creation, the advertiser's name stands in for an advertiserName left out, and
 * a campaign given only advertiserName belongs to the advertiser of that name, registered on
 * first use, so clients that never heard of advertiser records keep working.
 */
@Injectable()
export class AdvertiserOfCampaign {
  constructor(
    private readonly advertisers: AdvertiserRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The new campaign `build` makes of `input`, belonging to its advertiser. An advertiser is
   * registered only once the whole campaign has passed validation, so a refused campaign
   * leaves no advertiser behind.
   */
  async create<C>(input: NewCampaignInput, build: (input: NewCampaignInput) => C): Promise<C> {
    const resolved = await this.resolve(input, true);
    if (resolved.advertiserId) return build(resolved);
    const name = typeof resolved.advertiserName === 'string' ? resolved.advertiserName.trim() : '';
    const known = name ? await this.advertisers.findByName(name) : null;
    if (known) return build({ ...resolved, advertiserId: known.id });
    // Built once for its validation: a bad advertiserName is reported like any other field.
    const pendingId = newId();
    build({ ...resolved, advertiserId: pendingId });
    const advertiser = Advertiser.register({ name }, pendingId, this.clock.now());
    return build({ ...resolved, advertiserId: (await this.register(advertiser)).id });
  }

  /** Checks that a named advertiser exists; on creation fills advertiserName from it. */
  async resolve<T extends CampaignChanges>(input: T, creating: boolean): Promise<T> {
    const id = typeof input.advertiserId === 'string' ? input.advertiserId.trim() : null;
    if (!id) return input;
    const advertiser = await this.advertisers.findById(id);
    if (!advertiser) throw unknownAdvertiser(id);
    if (creating && input.advertiserName === undefined) {
      return { ...input, advertiserName: advertiser.name };
    }
    return input;
  }

  private async register(advertiser: Advertiser): Promise<Advertiser> {
    try {
      await this.advertisers.add(advertiser);
      return advertiser;
    } catch (error) {
      // Registered by a simultaneous request in the meantime: that one is the advertiser.
      if (!(error instanceof DomainError) || error.code !== CampaignsErrorCode.AdvertiserNameTaken)
        throw error;
      const winner = await this.advertisers.findByName(advertiser.name);
      if (!winner) throw error;
      return winner;
    }
  }
}
