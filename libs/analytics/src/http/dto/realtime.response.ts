import { ApiProperty } from '@nestjs/swagger';

class MoneyAmountResponse {
  @ApiProperty({ example: 'USD' })
  currency!: string;

  @ApiProperty({ description: 'Major units.', example: 125.5 })
  amount!: number;
}

export class RealtimeTotalsResponse {
  @ApiProperty({ example: 42 })
  clicks!: number;

  @ApiProperty({ description: 'Approved conversions reported.', example: 3 })
  conversions!: number;

  @ApiProperty({ description: 'New leads captured.', example: 2 })
  leads!: number;

  @ApiProperty({
    type: [MoneyAmountResponse],
    description: "The approved conversions' revenue per currency; empty when none.",
  })
  revenue!: MoneyAmountResponse[];
}

class RealtimeMinuteResponse extends RealtimeTotalsResponse {
  @ApiProperty({
    description: "The minute's start, ISO 8601 UTC.",
    example: '2026-11-26T09:41:00.000Z',
  })
  minute!: string;
}

export class RealtimeResponse {
  @ApiProperty({ example: '2026-11-26T09:41:27.120Z' })
  asOf!: string;

  @ApiProperty({ description: 'Window start (inclusive).', example: '2026-11-26T08:42:00.000Z' })
  from!: string;

  @ApiProperty({
    description: 'Window end (exclusive): the end of the running minute.',
    example: '2026-11-26T09:42:00.000Z',
  })
  to!: string;

  @ApiProperty({
    type: [RealtimeMinuteResponse],
    description: '60 minutes, oldest first, quiet ones as zeros.',
  })
  minutes!: RealtimeMinuteResponse[];

  @ApiProperty({
    type: RealtimeTotalsResponse,
    description: 'The last 5 minutes, the running one included.',
  })
  last5Minutes!: RealtimeTotalsResponse;

  @ApiProperty({ type: RealtimeTotalsResponse, description: 'The whole 60-minute window.' })
  last60Minutes!: RealtimeTotalsResponse;
}
