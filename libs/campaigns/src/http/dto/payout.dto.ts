import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNumber, IsString, Length } from 'class-validator';
import { PAYOUT_MODELS, type PayoutModel } from '../../domain/payout.js';

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
}
