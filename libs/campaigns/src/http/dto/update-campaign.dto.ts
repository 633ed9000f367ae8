import { ApiPropertyOptional } from '@nestjs/swagger';
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
import { BudgetDto } from './budget.dto.js';
import { PayoutDto } from './payout.dto.js';
import { ScheduleDto } from './schedule.dto.js';
import { TargetingDto } from './targeting.dto.js';

/** Only the fields sent change; null clears safePageUrl, budget, schedule or targeting. */
const present = (_object: object, value: unknown) => value !== undefined;

export class UpdateCampaignDto {
  @ApiPropertyOptional({ example: 'Summer VPN trial (EU)' })
  @ValidateIf(present)
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'Acme VPN' })
  @ValidateIf(present)
  @IsString()
  @MaxLength(200)
  advertiserName?: string;

  @ApiPropertyOptional({
    type: String,
    description:
      'Moves the campaign to another existing advertiser. Every campaign belongs to one, so null is refused.',
    example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  advertiserId?: string;

  @ApiPropertyOptional({ example: 'https://offers.example.com/vpn?click={click_id}' })
  @ValidateIf(present)
  @IsString()
  @MaxLength(2048)
  offerUrl?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://example.com/' })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  safePageUrl?: string | null;

  @ApiPropertyOptional({ type: PayoutDto, description: 'Replaces the whole payout.' })
  @ValidateIf(present)
  @IsObject()
  @ValidateNested()
  @Type(() => PayoutDto)
  payout?: PayoutDto;

  @ApiPropertyOptional({
    type: BudgetDto,
    nullable: true,
    description: 'Replaces the whole budget; null removes it.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BudgetDto)
  budget?: BudgetDto | null;

  @ApiPropertyOptional({
    type: ScheduleDto,
    nullable: true,
    description: 'Replaces the schedule; null removes it.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ScheduleDto)
  schedule?: ScheduleDto | null;

  @ApiPropertyOptional({
    type: TargetingDto,
    nullable: true,
    description: 'Replaces the targeting; null targets everyone.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TargetingDto)
  targeting?: TargetingDto | null;

  @ApiPropertyOptional({
    enum: FRAUDULENT_CLICK_CONVERSIONS,
    description:
      'A conversion on a click sent to the safe page (bot, blocked, refused by the campaign) is never approved: reject stores it rejected, review holds it pending. Both with statusReason fraudulent_click.',
    example: 'reject',
  })
  @ValidateIf(present)
  @IsIn(FRAUDULENT_CLICK_CONVERSIONS)
  fraudulentClickConversions?: FraudulentClickConversions;
}
