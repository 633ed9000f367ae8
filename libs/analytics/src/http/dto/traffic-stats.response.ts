import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ABSENT_FOR, ApiRatioProperty } from '@app/platform';
import { TrafficCountsResponse } from '@app/tracking';

export class CurrencyTotalsResponse {
  @ApiProperty({ description: 'ISO 4217: the payout currency of these campaigns.', example: 'USD' })
  currency!: string;

  @ApiProperty({ description: 'Clicks of the campaigns paid in this currency.', example: 1500 })
  clicks!: number;

  @ApiProperty({
    description:
      "Clicks that reached the offer (repeat clicks included) of the campaigns paid in this currency: EPC's denominator.",
    example: 1250,
  })
  offerClicks!: number;

  @ApiProperty({
    description: 'Unique clicks of the campaigns paid in this currency.',
    example: 1100,
  })
  uniqueClicks!: number;

  @ApiPropertyOptional({
    description: 'Advertiser revenue, major units.' + ABSENT_FOR.affiliates,
    example: 2200,
  })
  revenue?: number;

  @ApiPropertyOptional({
    description: 'Payout to affiliates, major units.' + ABSENT_FOR.advertisers,
    example: 550,
  })
  cost?: number;

  @ApiPropertyOptional({
    description: 'revenue − cost, major units.' + ABSENT_FOR.partners,
    example: 1650,
  })
  profit?: number;

  @ApiRatioProperty(
    'Earnings per click: revenue / offerClicks (every click that reached the offer, repeat clicks included; bots, blocked and other safe-page clicks never count), major units.' +
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

export class TrafficTotalsResponse extends TrafficCountsResponse {
  @ApiProperty({
    description:
      "Impression pixels; grouped by country, device or sub1, under the viewer's country and device and the pixel URL's sub1.",
    example: 12000,
  })
  declare impressions: number;

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

  @ApiProperty({
    description:
      'Revenue, cost, profit, EPC and ROI per payout currency, alphabetical: amounts in different currencies are never added up.',
    type: [CurrencyTotalsResponse],
  })
  money!: CurrencyTotalsResponse[];
}

export class TrafficRowResponse extends TrafficTotalsResponse {
  @ApiProperty({
    description:
      "The group: the day's or hour's start (ISO 8601 UTC), a campaign or affiliate id, a country code, a device class or a sub1 value; null for traffic without one (no affiliate, no country found, no sub1).",
    example: '2026-11-25T00:00:00.000Z',
    type: String,
    nullable: true,
  })
  key!: string | null;
}
