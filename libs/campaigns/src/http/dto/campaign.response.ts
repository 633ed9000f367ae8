import { ApiNextCursor } from '@app/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CAMPAIGN_STATUSES, type CampaignStatus } from '../../domain/campaign-status.js';
import {
  FRAUDULENT_CLICK_CONVERSIONS,
  type FraudulentClickConversions,
} from '../../domain/fraudulent-click-conversions.js';
import { PAYOUT_MODELS, type PayoutModel } from '../../domain/payout-model.js';
import { PAYOUT_POLICIES, type PayoutPolicy } from '../../domain/payout-policy.js';
import { POLICY_DESCRIPTION } from './payout.dto.js';
import { DEVICE_TYPES, type DeviceType } from '../../domain/targeting.js';

class PayoutResponse {
  @ApiProperty({ enum: PAYOUT_MODELS, example: 'CPA' })
  model!: PayoutModel;

  @ApiProperty({ description: 'Major units, or a percentage for REVSHARE.', example: 12.5 })
  amount!: number;

  @ApiProperty({ example: 'USD' })
  currency!: string;

  @ApiProperty({ enum: PAYOUT_POLICIES, description: POLICY_DESCRIPTION, example: 'fixed' })
  policy!: PayoutPolicy;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: "from_postback's cap in major units; null for the other policies.",
    example: null,
  })
  maxAmount!: number | null;
}

class BudgetResponse {
  @ApiProperty({ nullable: true, type: Number, example: 10000 })
  total!: number | null;

  @ApiProperty({ nullable: true, type: Number, example: 500 })
  daily!: number | null;

  @ApiProperty({ description: 'Always the payout currency.', example: 'USD' })
  currency!: string;
}

class ScheduleResponse {
  @ApiProperty({ nullable: true, type: String, example: '2026-12-01T00:00:00.000Z' })
  startsAt!: string | null;

  @ApiProperty({ nullable: true, type: String, example: '2027-01-01T00:00:00.000Z' })
  endsAt!: string | null;
}

class TargetingResponse {
  @ApiProperty({ type: [String], example: ['CA', 'US'] })
  countries!: string[];

  @ApiProperty({ enum: DEVICE_TYPES, isArray: true, example: ['mobile'] })
  devices!: DeviceType[];
}

export class CampaignResponse {
  @ApiProperty({ example: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11' })
  id!: string;

  @ApiProperty({ example: 'Summer VPN trial' })
  name!: string;

  @ApiProperty({ example: 'Acme VPN' })
  advertiserName!: string;

  @ApiProperty({
    description:
      'The advertiser the campaign belongs to; its postback URL (GET /v1/advertisers/{id}/postback-url) records its conversions.',
    example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b',
  })
  advertiserId!: string;

  @ApiProperty({ example: 'https://offers.example.com/vpn?click={click_id}' })
  offerUrl!: string;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'null: the built-in /mock-safe-page.',
    example: 'https://example.com/',
  })
  safePageUrl!: string | null;

  @ApiPropertyOptional({
    type: PayoutResponse,
    description: 'What the network pays affiliates per conversion. Absent for advertiser keys.',
  })
  payout?: PayoutResponse;

  @ApiProperty({ type: BudgetResponse, nullable: true })
  budget!: BudgetResponse | null;

  @ApiProperty({ type: ScheduleResponse })
  schedule!: ScheduleResponse;

  @ApiProperty({ type: TargetingResponse })
  targeting!: TargetingResponse;

  @ApiProperty({
    enum: FRAUDULENT_CLICK_CONVERSIONS,
    description:
      'What becomes of a conversion on a safe-page click: rejected, or pending for review. Never approved.',
    example: 'reject',
  })
  fraudulentClickConversions!: FraudulentClickConversions;

  @ApiProperty({ enum: CAMPAIGN_STATUSES, example: 'draft' })
  status!: CampaignStatus;

  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' })
  updatedAt!: string;
}

export class CampaignPageResponse {
  @ApiProperty({ type: [CampaignResponse] })
  data!: CampaignResponse[];

  @ApiNextCursor()
  nextCursor!: string | null;
}

class CampaignLinkResponse {
  @ApiProperty({ example: '01936f9e-8c2d-7e4b-a011-3c7d2f1e5b22' })
  affiliateId!: string;

  @ApiProperty({ example: 'Traffic Partners Ltd' })
  affiliateName!: string;

  @ApiProperty({ enum: ['active', 'suspended'], example: 'active' })
  affiliateStatus!: 'active' | 'suspended';

  @ApiProperty({ example: 'https://track.example.com/v1/click?campaign_id=...&affiliate_id=...' })
  url!: string;
}

export class CampaignLinksResponse {
  @ApiProperty({ example: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11' })
  campaignId!: string;

  @ApiProperty({ type: [CampaignLinkResponse] })
  links!: CampaignLinkResponse[];
}
