import { ApiProperty } from '@nestjs/swagger';

/** The traffic counters every report of the rollups shows: a campaign's performance, analytics. */
export class TrafficCountsResponse {
  @ApiProperty({ description: 'Impression pixels.', example: 12000 })
  impressions!: number;

  @ApiProperty({ description: 'Every click, bots and blocked included.', example: 1500 })
  clicks!: number;

  @ApiProperty({
    description:
      "Clicks sent to the offer, a visitor's repeat clicks included; never bots, blocked or other safe-page clicks. EPC's denominator.",
    example: 1250,
  })
  offerClicks!: number;

  @ApiProperty({
    description:
      "Visitors' first clicks in 24 hours that reached the offer: the base of CR and conversionsPerClick.",
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
