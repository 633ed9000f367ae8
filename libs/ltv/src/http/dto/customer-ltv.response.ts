import { ApiProperty } from '@nestjs/swagger';
import { SEGMENTS, type Segment } from '../../domain/analysis/segments.js';

class AcquisitionDto {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Campaign of the first attributed conversion.',
    example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b',
  })
  campaignId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '0193a1b2-8d5e-7f60-9bac-1d2e3f4a5b6c' })
  affiliateId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '1997-01-01T00:00:00.000Z' })
  acquiredAt!: string | null;
}

class TransactionsSummaryDto {
  @ApiProperty({ example: 3 }) orders!: number;
  @ApiProperty({ example: 89.43 }) revenue!: number;
  @ApiProperty({ nullable: true, type: String, example: '1997-01-01T00:00:00.000Z' })
  firstPurchaseAt!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '1997-08-02T00:00:00.000Z' })
  lastPurchaseAt!: string | null;
  @ApiProperty({ description: 'x: purchase days after the first.', example: 2 })
  repeatPurchases!: number;
  @ApiProperty({ description: 't_x: first to last purchase day, in weeks.', example: 30.43 })
  recencyWeeks!: number;
  @ApiProperty({ description: 'T: first purchase day to today, in weeks.', example: 38.86 })
  ageWeeks!: number;
  @ApiProperty({ description: "Mean of the repeat purchase days' totals.", example: 22.35 })
  meanRepeatValue!: number;
}

class HistoricalClvTermsDto {
  @ApiProperty({ description: 'Revenue / orders.', example: 29.81 }) averageOrderValue!: number;
  @ApiProperty({ description: 'Orders per year of lifespan.', example: 1.2 })
  purchaseFrequencyPerYear!: number;
  @ApiProperty({ description: 'Years from the first purchase to today.', example: 2.5 })
  lifespanYears!: number;
}

class SegmentTransitionDto {
  @ApiProperty({ enum: SEGMENTS, nullable: true }) from!: Segment | null;
  @ApiProperty({
    enum: SEGMENTS,
    nullable: true,
    description: 'Null: segments were withheld from the base (see the model).',
  })
  to!: Segment | null;
  @ApiProperty({ example: '2026-11-26T02:00:00.000Z' }) at!: string;
}

export class CustomerLtvResponse {
  @ApiProperty({ example: 'cust-77' }) customerId!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ type: AcquisitionDto }) acquisition!: AcquisitionDto;
  @ApiProperty({ type: TransactionsSummaryDto }) transactions!: TransactionsSummaryDto;
  @ApiProperty({
    description:
      'Historical CLV: average order value x purchase frequency x lifespan, i.e. the revenue so far.',
    example: 89.43,
  })
  historicalClv!: number;
  @ApiProperty({ type: HistoricalClvTermsDto }) historicalClvTerms!: HistoricalClvTermsDto;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Discounted expected value over the horizon.',
    example: 61.2,
  })
  predictedClv!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 1.23 }) expectedPurchases!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 0.86 }) probabilityAlive!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 24.65 }) expectedAverageValue!:
    number | null;
  @ApiProperty({ nullable: true, type: Number, example: 12 }) horizonMonths!: number | null;
  @ApiProperty({ nullable: true, type: String, example: '1997-09-30T00:00:00.000Z' })
  predictionsAsOf!: string | null;
  @ApiProperty({ enum: SEGMENTS, nullable: true }) segment!: Segment | null;
  @ApiProperty({ type: [SegmentTransitionDto] }) segmentHistory!: SegmentTransitionDto[];
  @ApiProperty({
    type: [String],
    example: ['The BG/NBD fit did not converge: its predictions are uncertain.'],
  })
  warnings!: string[];
}
