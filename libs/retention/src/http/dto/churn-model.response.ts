import { ApiProperty } from '@nestjs/swagger';

export class ChurnCoefficientsDto {
  @ApiProperty({ example: -1.2 }) intercept!: number;
  @ApiProperty({ description: 'Per week since the last activity.', example: 0.41 })
  recency!: number;
  @ApiProperty({ description: 'Per unit of ln(1 + active days of the last 30).', example: -0.9 })
  frequency!: number;
  @ApiProperty({ description: 'Per unit of engagement score / 100.', example: -1.7 })
  engagement!: number;
}

export class TrainedOnDto {
  @ApiProperty({
    description: 'Calibration examples (customers known one horizon back).',
    example: 1840,
  })
  customers!: number;
  @ApiProperty({ description: 'Of those, churned in the horizon that followed.', example: 702 })
  churned!: number;
}

export class PopulationModelDto {
  @ApiProperty({
    enum: ['fitted', 'priors'],
    description: "'fitted' on this base's history, or the documented priors (reason says why).",
    example: 'fitted',
  })
  basis!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) reason!: string | null;
  @ApiProperty({
    type: ChurnCoefficientsDto,
    description:
      "Logit coefficients; for buyers they correct the purchase model's probability, entered as an offset.",
  })
  coefficients!: ChurnCoefficientsDto;
  @ApiProperty({ type: TrainedOnDto, nullable: true }) trainedOn!: TrainedOnDto | null;
}

export class PurchaseModelBasisDto {
  @ApiProperty({ enum: ['bg-nbd', 'none'], example: 'bg-nbd' }) method!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why no purchase model is used (buyers are then assessed by their activity).',
    example: null,
  })
  reason!: string | null;
}

export class ChurnModelDto {
  @ApiProperty({ description: 'Days ahead the probabilities speak of.', example: 90 })
  horizonDays!: number;
  @ApiProperty({
    description: 'The day whose history the model was fitted on.',
    example: '2026-12-07T00:00:00.000Z',
  })
  asOf!: string;
  @ApiProperty({ type: PurchaseModelBasisDto }) purchaseModel!: PurchaseModelBasisDto;
  @ApiProperty({
    type: PopulationModelDto,
    description: 'Buyers: churn is no purchase in the horizon.',
  })
  buyers!: PopulationModelDto;
  @ApiProperty({
    type: PopulationModelDto,
    description: 'Everyone else: churn is no activity of their own in the horizon.',
  })
  visitors!: PopulationModelDto;
}
