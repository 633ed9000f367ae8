import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIsoInstant } from '@app/platform';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  CHANNELS,
  type Channel,
  OFFER_TYPES,
  type OfferType,
} from '../../domain/retention-campaign.js';
import { RISK_LEVELS, type RiskLevel } from '../../domain/risk-level.js';
import { SEGMENTS, type RetentionSegment } from '../../domain/segment.js';

const finite = { allowNaN: false, allowInfinity: false };

export class TriggerDto {
  @ApiPropertyOptional({
    enum: RISK_LEVELS,
    isArray: true,
    description: 'Enrol customers at these risk levels.',
    example: ['high', 'critical'],
  })
  @IsOptional()
  @IsArray()
  @IsIn(RISK_LEVELS, { each: true })
  riskLevels?: RiskLevel[];

  @ApiPropertyOptional({
    enum: SEGMENTS,
    isArray: true,
    description: 'Enrol customers in these segments.',
    example: ['At-Risk'],
  })
  @IsOptional()
  @IsArray()
  @IsIn(SEGMENTS, { each: true })
  segments?: RetentionSegment[];

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description:
      'Only customers whose predicted CLV (LTV context, campaign currency) is at least this.',
    example: 100,
  })
  @IsOptional()
  @IsNumber(finite)
  minPredictedClv?: number | null;
}

export class OfferDto {
  @ApiProperty({
    enum: OFFER_TYPES,
    description: 'What the message offers.',
    example: 'discount_percent',
  })
  @IsIn(OFFER_TYPES)
  type!: OfferType;

  @ApiProperty({
    description: 'Percent, amount in the campaign currency, or points, by type.',
    example: 15,
  })
  @IsNumber(finite)
  value!: number;
}

export class CampaignBudgetDto {
  @ApiProperty({
    description: 'Spend limit in major units; enrolment stops when one more message would pass it.',
    example: 500,
  })
  @IsNumber(finite)
  amount!: number;

  @ApiProperty({
    description: 'ISO 4217 code: the currency of budget, cost, revenue and minPredictedClv.',
    example: 'USD',
  })
  @IsString()
  currency!: string;
}

export class RetentionScheduleDto {
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'No enrolment before (ISO 8601).',
    example: '2026-12-01T00:00:00Z',
  })
  @IsOptional()
  @IsIsoInstant()
  startsAt?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'No enrolment from (ISO 8601).',
    example: '2027-01-01T00:00:00Z',
  })
  @IsOptional()
  @IsIsoInstant()
  endsAt?: string | null;
}

export class CreateRetentionCampaignDto {
  @ApiProperty({
    description: 'A name for people (1-200 characters).',
    example: 'Win back high-risk buyers',
  })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ type: TriggerDto, description: 'Who is enrolled: every part given must match.' })
  @IsObject()
  @ValidateNested()
  @Type(() => TriggerDto)
  trigger!: TriggerDto;

  @ApiProperty({
    enum: CHANNELS,
    description: 'How the message goes out; webhook posts it signed to webhookUrl.',
    example: 'webhook',
  })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Required for the webhook channel.',
    example: 'https://crm.example.com/hooks/retention',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  webhookUrl?: string | null;

  @ApiProperty({ type: OfferDto, description: 'The incentive in the message.' })
  @IsObject()
  @ValidateNested()
  @Type(() => OfferDto)
  offer!: OfferDto;

  @ApiPropertyOptional({
    type: CampaignBudgetDto,
    nullable: true,
    description: 'No budget: no cap.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CampaignBudgetDto)
  budget?: CampaignBudgetDto | null;

  @ApiPropertyOptional({
    description: 'What one message costs, in the budget currency (default 0).',
    example: 0.05,
  })
  @IsOptional()
  @IsNumber(finite)
  costPerMessage?: number;

  @ApiPropertyOptional({ type: RetentionScheduleDto, description: 'When the campaign enrols.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RetentionScheduleDto)
  schedule?: RetentionScheduleDto;

  @ApiPropertyOptional({
    description:
      'Days before a customer can be enrolled in this campaign again (1-365, default 30).',
    example: 30,
  })
  @IsOptional()
  @IsInt()
  cooldownDays?: number;

  @ApiPropertyOptional({
    description: 'Share held out as control (no message), 0 to 0.5, default 0.1.',
    example: 0.1,
  })
  @IsOptional()
  @IsNumber(finite)
  controlGroupShare?: number;
}

export class UpdateRetentionCampaignDto extends PartialType(CreateRetentionCampaignDto) {
  @ApiPropertyOptional({
    description: 'The version read; a 409 if the campaign changed since.',
    example: 3,
  })
  @IsOptional()
  @IsInt()
  version?: number;
}
