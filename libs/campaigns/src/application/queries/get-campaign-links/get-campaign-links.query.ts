import { Query } from '@nestjs/cqrs';

export interface CampaignLinkView {
  affiliateId: string;
  affiliateName: string;
  affiliateStatus: 'active' | 'suspended';
  url: string;
}

export interface CampaignLinksView {
  campaignId: string;
  links: CampaignLinkView[];
}

/** The tracking link of a campaign for every affiliate, built on `baseUrl`. */
export class GetCampaignLinksQuery extends Query<CampaignLinksView> {
  constructor(
    readonly campaignId: string,
    readonly baseUrl: string,
  ) {
    super();
  }
}
