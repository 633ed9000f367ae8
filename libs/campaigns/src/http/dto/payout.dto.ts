import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, Length } from 'class-validator';
import { PAYOUT_MODELS, type PayoutModel } from '../../domain/payout-model.js';
import { PAYOUT_POLICIES, type PayoutPolicy } from '../../domain/payout-policy.js';

export const POLICY_DESCRIPTION =
  "What a postback's `payout` is worth. fixed: nothing, the campaign's amount is paid (the claim is kept as the conversion's reportedPayout); from_postback: the postback's payout, capped at maxAmount (the campaign's amount when it states none); revenue_share: the REVSHARE percentage of the postback's revenue (0 without one). Default: revenue_share for REVSHARE, fixed otherwise.";

export class PayoutDto {
  @ApiProperty({
    enum: PAYOUT_MODELS,
    description:
      'CPA, CPL, CPS, CPC pay a fixed amount per conversion; REVSHARE pays a percentage of revenue.',
    example: 'CPA',
  })
  @IsIn(PAYOUT_MODELS)
  model!: PayoutModel;

  @ApiProperty({
    description:
      "Major units of `currency` (12.5 is 12.50), exact to the currency's decimals; for REVSHARE a percentage (0 < p <= 100).",
    example: 12.5,
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  amount!: number;

  @ApiProperty({ description: 'ISO 4217 currency code.', example: 'USD' })
  @IsString()
  @Length(3, 3)
  currency!: string;

  @ApiPropertyOptional({ enum: PAYOUT_POLICIES, description: POLICY_DESCRIPTION, example: 'fixed' })
  @IsOptional()
  @IsIn(PAYOUT_POLICIES)
  policy?: PayoutPolicy;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description:
      'from_postback only, and required by it: the most one conversion pays, in major units of `currency`, at least `amount`. A postback above it is paid this much.',
    example: 50,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  maxAmount?: number | null;
}
