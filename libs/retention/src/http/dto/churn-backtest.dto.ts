import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ChurnModelDto } from './churn-model.response.js';

export class ChurnBacktestRequest {
  @ApiProperty({
    type: String,
    format: 'date-time',
    description:
      'The day to stand on: the model sees only events and purchases up to it. asOf + horizonDays must have passed.',
    example: '2026-06-01T00:00:00.000Z',
  })
  @Type(() => Date)
  @IsDate({ message: 'asOf must be a date-time, such as 2026-06-01T00:00:00Z' })
  asOf!: Date;

  @ApiPropertyOptional({
    description:
      'Days after asOf in which churn is judged, 7-365 (default RETENTION_CHURN_HORIZON_DAYS).',
    example: 90,
  })
  @IsOptional()
  @IsInt()
  @Min(7)
  @Max(365)
  horizonDays?: number;
}

export class BacktestScoresDto {
  @ApiProperty({ example: 23570 }) customers!: number;
  @ApiProperty({ example: 16512 }) churned!: number;
  @ApiProperty({ description: 'The share who churned.', example: 0.7006 }) baseRate!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Area under the ROC curve: the chance a churner was rated above a stayer (0.5 is chance). Null with one outcome only.',
    example: 0.7655,
  })
  auc!: number | null;
  @ApiProperty({
    description: 'Mean squared error of the probabilities (lower is better).',
    example: 0.1596,
  })
  brier!: number;
  @ApiProperty({
    description: 'The Brier score of predicting the base rate for everyone: a model must beat it.',
    example: 0.2098,
  })
  baseRateBrier!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'AUC of ranking by days since the last activity alone: the naive yardstick.',
    example: 0.7594,
  })
  recencyAuc!: number | null;
}

export class CalibrationBinDto {
  @ApiProperty({ description: '1 = the lowest tenth of probabilities.', example: 10 })
  decile!: number;
  @ApiProperty({ example: 2357 }) customers!: number;
  @ApiProperty({ example: 0.84 }) minPredicted!: number;
  @ApiProperty({ example: 0.9 }) maxPredicted!: number;
  @ApiProperty({ example: 0.86 }) meanPredicted!: number;
  @ApiProperty({ description: 'The share of these customers who churned.', example: 0.85 })
  observedRate!: number;
}

export class BacktestPopulationsDto {
  @ApiPropertyOptional({ type: BacktestScoresDto }) buyers?: BacktestScoresDto;
  @ApiPropertyOptional({ type: BacktestScoresDto }) visitors?: BacktestScoresDto;
}

export class PurchaseModelScoreDto {
  @ApiProperty({
    enum: ['bg-nbd-expectation', 'bg-nbd-exact', 'mbg-nbd-exact'],
    example: 'bg-nbd-expectation',
  })
  model!: string;
  @ApiProperty({ description: 'The estimator the churn model uses.', example: true })
  chosen!: boolean;
  @ApiProperty({ type: BacktestScoresDto }) scores!: BacktestScoresDto;
}

export class ChurnBacktestResponse extends BacktestScoresDto {
  @ApiProperty({ example: '1997-09-30T00:00:00.000Z' }) asOf!: string;
  @ApiProperty({ example: 273 }) horizonDays!: number;
  @ApiProperty({ type: [CalibrationBinDto], description: 'Predicted against observed, by decile.' })
  calibration!: CalibrationBinDto[];
  @ApiProperty({ type: BacktestPopulationsDto }) populations!: BacktestPopulationsDto;
  @ApiProperty({
    type: ChurnModelDto,
    description: 'The model as fitted on what was known at asOf.',
  })
  model!: ChurnModelDto;
  @ApiProperty({
    type: [PurchaseModelScoreDto],
    description: "Buyers' P(no purchase) by each purchase model alone, on the same buyers.",
  })
  purchaseModels!: PurchaseModelScoreDto[];
  @ApiProperty({ example: 4200 }) durationMs!: number;
}
