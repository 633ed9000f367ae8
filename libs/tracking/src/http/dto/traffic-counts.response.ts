import { ApiProperty } from '@nestjs/swagger';

/** The traffic counters every report of the rollups shows: a campaign's performance, analytics. */
export class TrafficCountsResponse {
  @ApiProperty({ description: 'Impression pixels.', example: 12000 })
  impressions!: number;

  @ApiProperty({ description: 'Every click, bots and blocked included.', example: 1500 })
  clicks!: number;

  @ApiProperty({
    description: "Visitors' first clicks in 24 hours that reached the offer.",
    example: 1100,
  })
  uniqueClicks!: number;

  @ApiProperty({ example: 90 })
  botClicks!: number;

  @ApiProperty({ example: 35 })
  blockedClicks!: number;

  @ApiProperty({ description: 'Approved conversions.', example: 44 })
  conversions!: number;

  @ApiProperty({
    description:
      'Conversions reported on clicks sent to the safe page (bots, blocked, refused by the campaign): rejected or held for review with statusReason fraudulent_click, never approved, so not in `conversions`.',
    example: 3,
  })
  fraudulentConversions!: number;

  @ApiProperty({
    description:
      "Unique clicks with at least one approved conversion (CR's numerator), counted in the click's hour.",
    example: 40,
  })
  convertedClicks!: number;
}
