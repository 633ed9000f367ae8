import { ApiProperty } from '@nestjs/swagger';

export class EngagementProfileDto {
  @ApiProperty({ example: 24 }) sessions!: number;
  @ApiProperty({ example: 61 }) clicks!: number;
  @ApiProperty({ example: 3 }) conversions!: number;
  @ApiProperty({ description: 'Every event, page views and email opens included.', example: 240 })
  events!: number;
  @ApiProperty({ example: 10_080 }) totalSessionSeconds!: number;
  @ApiProperty({ example: 420 }) averageSessionSeconds!: number;
  @ApiProperty({ example: 6 }) activeDaysLast30!: number;
  @ApiProperty({
    description: 'Start of the UTC day of the first activity.',
    example: '2026-06-02T00:00:00.000Z',
  })
  firstActivityAt!: string;
  @ApiProperty({
    description: 'Start of the UTC day of the last activity.',
    example: '2026-11-20T00:00:00.000Z',
  })
  lastActivityAt!: string;
}

export class SignalDto {
  @ApiProperty({ description: 'The signal summed with recency decay.', example: 2.4 })
  decayed!: number;
  @ApiProperty({ description: 'Points it adds to the score.', example: 13.5 }) points!: number;
}

export class SignalsDto {
  @ApiProperty({ type: SignalDto }) sessions!: SignalDto;
  @ApiProperty({ type: SignalDto }) clicks!: SignalDto;
  @ApiProperty({ type: SignalDto }) conversions!: SignalDto;
  @ApiProperty({ type: SignalDto }) duration!: SignalDto;
}

export class ScoreBreakdownDto {
  @ApiProperty({ type: SignalsDto }) signals!: SignalsDto;
  @ApiProperty({ example: 42.7 }) score!: number;
  @ApiProperty({ example: 14 }) halfLifeDays!: number;
}

export class ChurnDriverDto {
  @ApiProperty({
    enum: ['recency', 'frequency', 'engagement', 'probability_alive'],
    example: 'recency',
  })
  factor!: string;
  @ApiProperty({ example: 21 }) value!: number;
  @ApiProperty({
    description: 'Part of the logit (behaviour factors) or of the probability (P(alive)).',
    example: 1.8,
  })
  contribution!: number;
  @ApiProperty({ example: true }) raisesRisk!: boolean;
}

export class CustomerLtvDto {
  @ApiProperty({ example: 0.42 }) probabilityAlive!: number;
  @ApiProperty({ example: 310.5 }) predictedClv!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
}

export class MessageStateDto {
  @ApiProperty({ enum: ['pending', 'sent', 'failed'], example: 'sent' }) status!: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-11-26T09:00:10.000Z' }) sentAt!:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-11-26T10:02:00.000Z' }) openedAt!:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) clickedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) convertedAt!: string | null;
}

export class CustomerCampaignDto {
  @ApiProperty({ example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b' }) campaignId!: string;
  @ApiProperty({ example: 'Win back high-risk buyers' }) name!: string;
  @ApiProperty({ example: 'active' }) status!: string;
  @ApiProperty({ enum: ['treatment', 'control'], example: 'treatment' }) group!: string;
  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' }) enrolledAt!: string;
  @ApiProperty({ type: MessageStateDto, nullable: true }) message!: MessageStateDto | null;
}

export class NextBestActionDto {
  @ApiProperty({
    enum: [
      'win_back_offer',
      'personal_outreach',
      'retention_offer',
      're_engagement_content',
      'onboarding',
      'upsell',
      'wait_for_campaign',
    ],
    example: 'retention_offer',
  })
  action!: string;
  @ApiProperty({ example: 'High churn risk: an incentive to come back.' }) reason!: string;
}

export class CustomerAnalysisResponse {
  @ApiProperty({ example: 'cust-88412' }) customerId!: string;
  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' }) asOf!: string;
  @ApiProperty({ type: EngagementProfileDto }) profile!: EngagementProfileDto;
  @ApiProperty({ description: '0..100, recent activity weighing more.', example: 42.7 })
  engagementScore!: number;
  @ApiProperty({ type: ScoreBreakdownDto }) scoreBreakdown!: ScoreBreakdownDto;
  @ApiProperty({
    enum: ['New', 'Active', 'At-Risk', 'Low Engagement', 'Churned'],
    example: 'At-Risk',
  })
  segment!: string;
  @ApiProperty({ example: 0.58 }) churnProbability!: number;
  @ApiProperty({ enum: ['low', 'medium', 'high', 'critical'], example: 'high' }) riskLevel!: string;
  @ApiProperty({
    enum: ['behaviour', 'behaviour_and_purchases'],
    example: 'behaviour_and_purchases',
  })
  basis!: string;
  @ApiProperty({ type: [ChurnDriverDto], description: 'Strongest first.' })
  drivers!: ChurnDriverDto[];
  @ApiProperty({
    type: CustomerLtvDto,
    nullable: true,
    description: 'From the LTV context; null without a purchase history there.',
  })
  ltv!: CustomerLtvDto | null;
  @ApiProperty({ type: [CustomerCampaignDto] }) campaigns!: CustomerCampaignDto[];
  @ApiProperty({ type: NextBestActionDto }) nextBestAction!: NextBestActionDto;
}
