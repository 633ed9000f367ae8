import { ApiProperty } from '@nestjs/swagger';
import { ATTRIBUTION_MODELS } from '../../domain/attribution-model.js';

export class MoneyAmountResponse {
  @ApiProperty({ description: 'ISO 4217.', example: 'USD' })
  currency!: string;

  @ApiProperty({ description: 'Major units (12.5 is 12.50).', example: 1250.75 })
  amount!: number;
}

class CreditResponse {
  @ApiProperty({
    description:
      'Credited conversions: a conversion shared between clicks gives each its fraction (to 6 decimals).',
    example: 12.333333,
  })
  conversions!: number;

  @ApiProperty({
    type: [MoneyAmountResponse],
    description:
      'Credited revenue of approved conversions, one amount per currency (never converted or added across currencies).',
  })
  revenue!: MoneyAmountResponse[];
}

export class AffiliateCreditResponse extends CreditResponse {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'null: clicks without an affiliate.',
    example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5c',
  })
  affiliateId!: string | null;
}

export class CampaignCreditResponse extends CreditResponse {
  @ApiProperty({ example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b' })
  campaignId!: string;

  @ApiProperty({
    type: [AffiliateCreditResponse],
    description: "The campaign's credit per affiliate.",
  })
  byAffiliate!: AffiliateCreditResponse[];
}

export class TotalsResponse extends CreditResponse {}

export class AttributionReportResponse {
  @ApiProperty({ enum: ATTRIBUTION_MODELS, example: 'time_decay' })
  model!: string;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'The half-life applied; null under other models than time_decay.',
    example: 168,
  })
  halfLifeHours!: number | null;

  @ApiProperty({ description: 'The lookback window applied, in days.', example: 30 })
  lookbackDays!: number;

  @ApiProperty({
    description: 'Start of the period applied (inclusive).',
    example: '2026-10-27T00:00:00.000Z',
  })
  from!: string;

  @ApiProperty({
    description: 'End of the period applied (exclusive).',
    example: '2026-11-26T00:00:00.000Z',
  })
  to!: string;

  @ApiProperty({
    type: TotalsResponse,
    description:
      "The period's approved conversions and their revenue: the campaigns' (and the affiliates') credit adds up to them.",
  })
  totals!: TotalsResponse;

  @ApiProperty({ type: [CampaignCreditResponse], description: 'Most credited first.' })
  byCampaign!: CampaignCreditResponse[];

  @ApiProperty({
    type: [AffiliateCreditResponse],
    description: 'Across campaigns, most credited first.',
  })
  byAffiliate!: AffiliateCreditResponse[];
}
