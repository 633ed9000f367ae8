import { ApiPropertyOptional } from '@nestjs/swagger';
import { LaterThan, OptionalInstant } from '@app/platform';
import { TRAFFIC_GROUPINGS, type TrafficGrouping } from '@app/tracking';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

/** Snake case on the wire, as the issue names these parameters; the properties follow it. */
export class AnalyticsOverviewQueryDto {
  @OptionalInstant(
    'Start of the period (inclusive), rounded down to the hour. Omit: 30 days before `to`.',
  )
  from?: string;

  @OptionalInstant('End of the period (exclusive), rounded up to the hour. Omit: now.')
  @LaterThan('from')
  to?: string;

  @ApiPropertyOptional({
    description:
      'One row per UTC day, UTC hour (periods up to 31 days), campaign, affiliate, visitor country, device class or sub1. Default: day.',
    enum: TRAFFIC_GROUPINGS,
  })
  @IsOptional()
  @IsIn(TRAFFIC_GROUPINGS, { message: `group_by must be one of ${TRAFFIC_GROUPINGS.join(', ')}` })
  group_by?: TrafficGrouping;

  @ApiPropertyOptional({ description: 'Only this campaign (its id).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  campaign_id?: string;

  @ApiPropertyOptional({
    description:
      'Only traffic through this affiliate (its id). Leads and purchases are not split by affiliate.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  affiliate_id?: string;
}
