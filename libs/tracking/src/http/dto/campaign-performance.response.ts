import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ABSENT_FOR, ApiRatioProperty } from '@app/platform';
import { TrafficCountsResponse } from './traffic-counts.response.js';

class PerformanceTotalsResponse extends TrafficCountsResponse {
  @ApiPropertyOptional({
    description: 'Advertiser revenue, major units of `currency`.' + ABSENT_FOR.affiliates,
    example: 2200,
  })
  revenue?: number;

  @ApiPropertyOptional({
    description: 'Payout to affiliates, major units of `currency`.' + ABSENT_FOR.advertisers,
    example: 550,
  })
  cost?: number;

  @ApiPropertyOptional({
    description: 'revenue − cost, major units of `currency`.' + ABSENT_FOR.partners,
    example: 1650,
  })
  profit?: number;

  @ApiRatioProperty('Click-through rate: clicks / impressions, as a fraction.', 0.125)
  ctr!: number | null;

  @ApiRatioProperty(
    'Conversion rate: converting unique clicks / unique clicks (convertedClicks / uniqueClicks), a fraction from 0 to 1.',
    0.0364,
  )
  cr!: number | null;

  @ApiRatioProperty(
    'Approved conversions / unique clicks: above 1 when clicks convert more than once.',
    0.04,
  )
  conversionsPerClick!: number | null;

  @ApiRatioProperty(
    'Earnings per click: revenue / offerClicks (every click that reached the offer, repeat clicks included; bots, blocked and other safe-page clicks never count), major units of `currency`.' +
      ABSENT_FOR.affiliates,
    1.76,
    false,
  )
  epc?: number | null;

  @ApiRatioProperty(
    'Return on investment: (revenue − cost) / cost; 3 is a 300 % return.' + ABSENT_FOR.partners,
    3,
    false,
  )
  roi?: number | null;
}

export class AffiliatePerformanceResponse extends PerformanceTotalsResponse {
  @ApiProperty({
    description: 'null for traffic that came without an affiliate.',
    example: '01936f9e-8c2d-7e4b-a011-3c7d2f1e5b22',
    type: String,
    nullable: true,
  })
  affiliateId!: string | null;
}

export class CampaignPerformanceResponse extends PerformanceTotalsResponse {
  @ApiProperty({ example: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11' })
  campaignId!: string;

  @ApiProperty({
    description: "The campaign's payout currency (ISO 4217): all money here is in it.",
    example: 'USD',
  })
  currency!: string;

  @ApiProperty({
    description: 'The start applied (inclusive): `from` rounded down to the hour; null: open.',
    example: '2026-11-01T00:00:00.000Z',
    type: String,
    nullable: true,
  })
  from!: string | null;

  @ApiProperty({
    description: 'The end applied (exclusive): `to` rounded down to the hour; null: open.',
    example: '2026-12-01T00:00:00.000Z',
    type: String,
    nullable: true,
  })
  to!: string | null;

  @ApiProperty({
    type: [AffiliatePerformanceResponse],
    description:
      'The same figures per affiliate, traffic without an affiliate first, then by affiliate id.',
  })
  byAffiliate!: AffiliatePerformanceResponse[];
}
