import { ApiProperty } from '@nestjs/swagger';

class LtvPurchasesResponse {
  @ApiProperty({ example: 'USD' })
  currency!: string;

  @ApiProperty({ description: 'Distinct customers who purchased in the period.', example: 120 })
  customers!: number;

  @ApiProperty({ description: 'Counted purchases in the period.', example: 180 })
  orders!: number;

  @ApiProperty({ description: 'Major units.', example: 9000 })
  revenue!: number;

  @ApiProperty({ example: 50, type: Number, nullable: true })
  averageOrderValue!: number | null;

  @ApiProperty({ example: 75, type: Number, nullable: true })
  revenuePerCustomer!: number | null;
}

class LtvModelSummaryResponse {
  @ApiProperty({
    description: 'The fit the predictions come from.',
    example: '2026-11-26T03:00:00.000Z',
  })
  asOf!: string;

  @ApiProperty({ example: 'USD' })
  currency!: string;

  @ApiProperty({ description: 'Over the whole customer base, major units.', example: 212.4 })
  averagePredictedClv!: number;

  @ApiProperty({ description: 'Over the whole customer base, major units.', example: 148.9 })
  medianPredictedClv!: number;
}

export class LtvPeriodSummaryResponse {
  @ApiProperty({ example: '2026-10-27T00:00:00.000Z' })
  from!: string;

  @ApiProperty({ example: '2026-11-26T00:00:00.000Z' })
  to!: string;

  @ApiProperty({
    type: [LtvPurchasesResponse],
    description: 'Purchases of the period per currency (conversions and imports alike).',
  })
  purchases!: LtvPurchasesResponse[];

  @ApiProperty({
    type: LtvModelSummaryResponse,
    nullable: true,
    description: 'The newest LTV model fit; null before the first one.',
  })
  model!: LtvModelSummaryResponse | null;
}
