import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  FRAUDULENT_CLICK_CONVERSIONS,
  type FraudulentClickConversions,
} from '../../domain/fraudulent-click-conversions.js';
import type { NewCampaignInput } from '../../domain/campaign.js';
import { BudgetDto } from './budget.dto.js';
import { PayoutDto } from './payout.dto.js';
import { ScheduleDto, toScheduleInput } from './schedule.dto.js';
import { TargetingDto } from './targeting.dto.js';

export class CreateCampaignDto {
  @ApiProperty({ description: 'Campaign name, 1 to 200 characters.', example: 'Summer VPN trial' })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({
    description:
      "The advertiser's name as shown on the campaign. Required unless advertiserId is given; then it defaults to that advertiser's name.",
    example: 'Acme VPN',
  })
  // Required at the edge too unless an advertiserId is given, so every missing field is
  // reported in the same answer.
  @ValidateIf(
    (dto: CreateCampaignDto) => dto.advertiserId == null || dto.advertiserName !== undefined,
  )
  @IsString()
  @MaxLength(200)
  advertiserName?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      "The advertiser the campaign belongs to (POST /v1/advertisers). Its postback URL records this campaign's conversions, and its advertiser keys read them. Left out, the advertiser named advertiserName is used, and registered if there is none yet.",
    example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  advertiserId?: string | null;

  @ApiProperty({
    description:
      'Where visitors are sent (http/https). May contain the macros {click_id}, {campaign_id}, {affiliate_id}, {sub1}..{sub5}, filled per click.',
    example: 'https://offers.example.com/vpn?click={click_id}&aff={affiliate_id}',
  })
  @IsString()
  @MaxLength(2048)
  offerUrl!: string;

  @ApiPropertyOptional({
    type: String,
    description:
      'Where bots and filtered traffic go; null or absent uses the built-in /mock-safe-page.',
    example: 'https://example.com/',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  safePageUrl?: string | null;

  @ApiProperty({ type: PayoutDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PayoutDto)
  payout!: PayoutDto;

  @ApiPropertyOptional({
    type: BudgetDto,
    nullable: true,
    description: 'Spend limits; absent or null: uncapped.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BudgetDto)
  budget?: BudgetDto | null;

  @ApiPropertyOptional({
    type: ScheduleDto,
    nullable: true,
    description: 'When the campaign may run; absent or null: always.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ScheduleDto)
  schedule?: ScheduleDto | null;

  @ApiPropertyOptional({
    type: TargetingDto,
    nullable: true,
    description: 'Who may see the offer; absent or null: everyone.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TargetingDto)
  targeting?: TargetingDto | null;

  @ApiPropertyOptional({
    enum: FRAUDULENT_CLICK_CONVERSIONS,
    description:
      'A conversion on a click sent to the safe page (bot, blocked, refused by the campaign) is never approved: reject stores it rejected, review holds it pending. Both with statusReason fraudulent_click. Default: reject.',
    example: 'reject',
  })
  @IsOptional()
  @IsIn(FRAUDULENT_CLICK_CONVERSIONS)
  fraudulentClickConversions?: FraudulentClickConversions;
}

/** The DTO as the domain's input: only the fields the client sent, schedule times as Dates. */
export function toCampaignInput<T extends Partial<CreateCampaignDto>>(
  dto: T,
): Partial<NewCampaignInput> {
  const input: Partial<NewCampaignInput> = {};
  for (const key of [
    'name',
    'advertiserName',
    'advertiserId',
    'offerUrl',
    'safePageUrl',
    'payout',
    'budget',
    'targeting',
    'fraudulentClickConversions',
  ] as const) {
    if (dto[key] !== undefined) Object.assign(input, { [key]: dto[key] });
  }
  if (dto.schedule !== undefined) input.schedule = toScheduleInput(dto.schedule);
  return input;
}
