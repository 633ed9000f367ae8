import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SEGMENTS, type Segment } from '../../domain/analysis/segments.js';

/** The parameters are null when the base was too small to attempt the fit. */
export class BgNbdDto {
  @ApiProperty({
    description: 'Shape of the gamma distribution of purchase rates.',
    nullable: true,
    type: Number,
    example: 0.243,
  })
  r!: number | null;
  @ApiProperty({
    description: 'Scale of the purchase rates (weeks).',
    nullable: true,
    type: Number,
    example: 4.414,
  })
  alpha!: number | null;
  @ApiProperty({
    description: 'Beta parameter a of the drop-out probability.',
    nullable: true,
    type: Number,
    example: 0.793,
  })
  a!: number | null;
  @ApiProperty({
    description: 'Beta parameter b of the drop-out probability.',
    nullable: true,
    type: Number,
    example: 2.426,
  })
  b!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: -9582.43 }) logLikelihood!: number | null;
  @ApiProperty({ description: 'Whether the optimiser met its tolerances.', example: true })
  converged!: boolean;
  @ApiProperty({ nullable: true, type: Number, example: 342 }) iterations!: number | null;
  @ApiProperty({
    description: 'Whether the stored CLVs come from this fit (see LtvModelDto.basis).',
    example: true,
  })
  used!: boolean;
}

export class ClvBasisDto {
  @ApiProperty({
    enum: ['bg-nbd-gamma-gamma', 'observed-rate'],
    description:
      'The method of the stored CLVs: the models, or the fallback (the observed purchase rate x the mean order value over the horizon, discounted monthly; see docs/decisions.md).',
  })
  method!: 'bg-nbd-gamma-gamma' | 'observed-rate';
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why the models were set aside; null when they were used.',
    example: 'The BG/NBD fit did not converge: its parameters are not used.',
  })
  reason!: string | null;
}

export class GammaGammaDto {
  @ApiProperty({ nullable: true, type: Number, example: 6.25 }) p!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 3.74 }) q!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 15.44 }) gamma!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: -4055.92 }) logLikelihood!: number | null;
  @ApiProperty({ example: true }) converged!: boolean;
  @ApiProperty({
    description: 'Repeat buyers with a positive spend it was fitted on.',
    example: 946,
  })
  customers!: number;
  @ApiProperty({
    description: 'Whether the stored CLVs come from this fit (see LtvModelDto.basis).',
    example: true,
  })
  used!: boolean;
}

export class LtvModelDto {
  @ApiProperty({ example: '0193a1b2-9e6f-7071-8cbd-2e3f4a5b6c7d' }) fitId!: string;
  @ApiProperty({ example: '2026-11-26T02:00:03.000Z' }) fittedAt!: string;
  @ApiProperty({
    description: 'End of the observation period.',
    example: '2026-11-26T02:00:00.000Z',
  })
  asOf!: string;
  @ApiProperty({ description: 'The reporting currency the models were fitted in.', example: 'USD' })
  currency!: string;
  @ApiProperty({ example: 2357 }) customers!: number;
  @ApiProperty({
    enum: ['week'],
    description: 'Time unit of the parameters, as in the literature.',
  })
  timeUnit!: 'week';
  @ApiProperty({ type: ClvBasisDto }) basis!: ClvBasisDto;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why no customer holds a segment; null when segments were assigned.',
    example: null,
  })
  segmentsWithheld!: string | null;
  @ApiProperty({ type: BgNbdDto }) bgNbd!: BgNbdDto;
  @ApiProperty({ type: GammaGammaDto }) gammaGamma!: GammaGammaDto;
  @ApiProperty({ example: 12 }) horizonMonths!: number;
  @ApiProperty({ example: 0.01 }) monthlyDiscountRate!: number;
  @ApiProperty({ description: 'Time spent fitting both models.', example: 95 })
  fitDurationMs!: number;
  @ApiProperty({ description: 'The whole recalculation, reads and writes included.', example: 640 })
  totalDurationMs!: number;
  @ApiProperty({
    type: [String],
    example: [
      'The data spans 272 days (from 1997-01-01), less than 12 months: predictions are not yet reliable.',
    ],
  })
  warnings!: string[];
}

export class SegmentTotalsDto {
  @ApiProperty({ enum: SEGMENTS }) segment!: Segment;
  @ApiProperty({ example: 118 }) customers!: number;
  @ApiProperty({ example: 0.05 }) shareOfCustomers!: number;
  @ApiProperty({ description: 'Sum of predicted CLV (major units).', example: 25110.4 })
  totalPredictedClv!: number;
  @ApiProperty({ description: "Share of the base's predicted value.", example: 0.41 })
  shareOfValue!: number;
}

export class SegmentDto extends SegmentTotalsDto {
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Lower bound of predicted CLV; null for Low.',
    example: 120.5,
  })
  minimumPredictedClv!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Percentile mode: cumulative share from the top.',
    example: 0.05,
  })
  topShare!: number | null;
}

export class SegmentsResponse {
  @ApiProperty({ enum: ['percentile', 'absolute'] }) mode!: 'percentile' | 'absolute';
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ type: [SegmentDto] }) segments!: SegmentDto[];
}

class CohortPeriodDto {
  @ApiProperty({ description: 'Periods since acquisition.', example: 1 }) offset!: number;
  @ApiProperty({ example: '1997-02' }) period!: string;
  @ApiProperty({ example: 120 }) activeCustomers!: number;
  @ApiProperty({ description: 'Share of the cohort that bought in this period.', example: 0.12 })
  purchasingShare!: number;
  @ApiProperty({ example: 5230.5 }) revenue!: number;
  @ApiProperty({ description: 'Revenue so far per customer of the cohort.', example: 41.2 })
  cumulativeRevenuePerCustomer!: number;
}

class CohortDto {
  @ApiProperty({
    description: 'Acquisition month (2026-01) or quarter (2026-Q1).',
    example: '1997-01',
  })
  cohort!: string;
  @ApiProperty({ example: 781 }) customers!: number;
  @ApiProperty({ example: 43210.1 }) revenue!: number;
  @ApiProperty({ type: [CohortPeriodDto] }) periods!: CohortPeriodDto[];
}

class TopCustomerDto {
  @ApiProperty({ example: 'cust-77' }) customerId!: string;
  @ApiProperty({ example: 812.4 }) predictedClv!: number;
  @ApiProperty({ example: 9.3 }) expectedPurchases!: number;
  @ApiProperty({ example: 0.97 }) probabilityAlive!: number;
  @ApiProperty({ enum: SEGMENTS, nullable: true }) segment!: Segment | null;
  @ApiProperty({ example: 14 }) orders!: number;
  @ApiProperty({ example: 1040.2 }) revenue!: number;
}

class DataSpanDto {
  @ApiProperty({ nullable: true, type: String, example: '1997-01-01' }) from!: string | null;
  @ApiProperty({ example: '1997-09-30' }) to!: string;
  @ApiProperty({ example: 272 }) days!: number;
}

class AnalysisSummaryDto {
  @ApiProperty({ example: 2357 }) customers!: number;
  @ApiProperty({ description: 'Revenue of the counted purchases (major units).', example: 88230.1 })
  revenue!: number;
  @ApiProperty({ nullable: true, type: Number, example: 41.5 }) averagePredictedClv!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 12.3 }) medianPredictedClv!: number | null;
  @ApiProperty({ type: DataSpanDto }) dataSpan!: DataSpanDto;
}

export class LtvAnalysisResponse {
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({
    description: 'The as-of date of the newest fit (now before any fit).',
    example: '1997-09-30T00:00:00.000Z',
  })
  asOf!: string;
  @ApiProperty({ type: AnalysisSummaryDto }) summary!: AnalysisSummaryDto;
  @ApiPropertyOptional({ type: LtvModelDto, nullable: true }) model!: LtvModelDto | null;
  @ApiProperty({
    type: [String],
    example: ['The data spans 272 days, less than 12 months: predictions are not yet reliable.'],
  })
  warnings!: string[];
  @ApiProperty({ enum: ['month', 'quarter'] }) period!: 'month' | 'quarter';
  @ApiProperty({ type: [CohortDto] }) cohorts!: CohortDto[];
  @ApiProperty({ type: [SegmentTotalsDto] }) segments!: SegmentTotalsDto[];
  @ApiProperty({ type: [TopCustomerDto] }) topCustomers!: TopCustomerDto[];
}
