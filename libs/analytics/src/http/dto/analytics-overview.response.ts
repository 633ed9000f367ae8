import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FunnelResponse } from '@app/leads';
import { TRAFFIC_GROUPINGS } from '@app/tracking';
import { LtvPeriodSummaryResponse } from './ltv-period-summary.response.js';
import { TrafficRowResponse, TrafficTotalsResponse } from './traffic-stats.response.js';

export class AnalyticsOverviewResponse {
  @ApiProperty({
    description: 'Start applied (inclusive, a whole hour).',
    example: '2026-10-27T00:00:00.000Z',
  })
  from!: string;

  @ApiProperty({
    description: 'End applied (exclusive, a whole hour).',
    example: '2026-11-26T00:00:00.000Z',
  })
  to!: string;

  @ApiProperty({ enum: TRAFFIC_GROUPINGS, example: 'day' })
  groupBy!: string;

  @ApiProperty({
    description: 'The campaign filter, or null.',
    example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b',
    type: String,
    nullable: true,
  })
  campaignId!: string | null;

  @ApiProperty({
    description: 'The affiliate filter, or null.',
    example: null,
    type: String,
    nullable: true,
  })
  affiliateId!: string | null;

  @ApiProperty({ type: TrafficTotalsResponse, description: 'The whole period.' })
  totals!: TrafficTotalsResponse;

  @ApiProperty({
    type: [TrafficRowResponse],
    description:
      'One row per group with traffic: by time oldest first, otherwise most clicks first.',
  })
  rows!: TrafficRowResponse[];

  @ApiPropertyOptional({
    type: FunnelResponse,
    description:
      "The lead funnel of the period's submissions (of the campaign when campaign_id is given). Absent for affiliate and advertiser keys.",
  })
  leads?: FunnelResponse;

  @ApiPropertyOptional({
    type: LtvPeriodSummaryResponse,
    description: "The period's purchases. Absent for affiliate and advertiser keys.",
  })
  ltv?: LtvPeriodSummaryResponse;
}
