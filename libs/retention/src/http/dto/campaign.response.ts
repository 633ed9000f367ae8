import { ApiProperty } from '@nestjs/swagger';
import { ApiNextCursor } from '@app/platform';
import { CAMPAIGN_STATUSES } from '../../domain/campaign-status.js';
import { CHANNELS } from '../../domain/retention-campaign.js';
import { CampaignBudgetDto, OfferDto, TriggerDto } from './campaign-request.dto.js';

export class MoneyDto {
  @ApiProperty({ description: 'Major units.', example: 0.05 })
  amount!: number;

  @ApiProperty({ description: 'ISO 4217 code.', example: 'USD' })
  currency!: string;
}

export class ScheduleResponseDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'ISO 8601; null: from activation.',
    example: '2026-12-01T00:00:00.000Z',
  })
  startsAt!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'ISO 8601; null: until completed.',
    example: null,
  })
  endsAt!: string | null;
}

export class RetentionCampaignResponse {
  @ApiProperty({ example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b' }) id!: string;
  @ApiProperty({ example: 'Win back high-risk buyers' }) name!: string;
  @ApiProperty({ enum: CAMPAIGN_STATUSES, example: 'active' }) status!: string;
  @ApiProperty({
    description: 'Grows with every change; send it back to change safely.',
    example: 2,
  })
  version!: number;
  @ApiProperty({ type: TriggerDto }) trigger!: TriggerDto;
  @ApiProperty({ enum: CHANNELS, example: 'webhook' }) channel!: string;
  @ApiProperty({ type: String, nullable: true, example: 'https://crm.example.com/hooks/retention' })
  webhookUrl!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Webhook channel: the HMAC-SHA256 key of the X-Retention-Signature header (t=<unix>,v1=<hex of HMAC("<t>.<body>")>).',
    example: 'q0V2mC3Xf1...',
  })
  webhookSigningSecret!: string | null;

  @ApiProperty({ type: OfferDto }) offer!: OfferDto;
  @ApiProperty({ type: CampaignBudgetDto, nullable: true }) budget!: CampaignBudgetDto | null;
  @ApiProperty({ type: MoneyDto }) costPerMessage!: MoneyDto;
  @ApiProperty({ type: ScheduleResponseDto }) schedule!: ScheduleResponseDto;
  @ApiProperty({ example: 30 }) cooldownDays!: number;
  @ApiProperty({ example: 0.1 }) controlGroupShare!: number;
  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: '2026-11-26T09:05:00.000Z' }) updatedAt!: string;
}

export class RetentionCampaignListResponse {
  @ApiProperty({ type: [RetentionCampaignResponse] })
  data!: RetentionCampaignResponse[];

  @ApiNextCursor()
  nextCursor!: string | null;
}
