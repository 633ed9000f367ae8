import { ApiProperty } from '@nestjs/swagger';
import { PurchaseModelBasisDto } from './churn-model.response.js';

export class EngagementProfileDto {
  @ApiProperty({ example: 24 }) sessions!: number;
  @ApiProperty({ example: 61 }) clicks!: number;
  @ApiProperty({ example: 3 }) conversions!: number;
  @ApiProperty({ description: 'Every event, page views and email opens included.', example: 240 })
  events!: number;
  @ApiProperty({ example: 10_080 }) totalSessionSeconds!: number;
  @ApiProperty({ example: 420 }) averageSessionSeconds!: number;
  @ApiProperty({
    description: 'Days with activity (events or purchases) in the last 30.',
    example: 6,
  })
  activeDaysLast30!: number;
  @ApiProperty({ description: 'Days with a purchase known to LTV.', example: 3 })
  purchaseDays!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Start of the UTC day of the last purchase; null without one.',
    example: '2026-10-02T00:00:00.000Z',
  })
  lastPurchaseAt!: string | null;
  @ApiProperty({
    description: 'Start of the UTC day of the first activity (event or purchase).',
    example: '2026-06-02T00:00:00.000Z',
  })
  firstActivityAt!: string;
  @ApiProperty({
    description: 'Start of the UTC day of the last activity (event or purchase).',
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
    enum: [
      'recency',
      'frequency',
      'engagement',
      'purchase_outlook',
      'purchase_recency',
      'purchase_frequency',
    ],
    description:
      "recency: days since the last activity; frequency: active days of the last 30; engagement: the score; purchase_outlook: the purchase model's P(no purchase in the horizon); purchase_recency: days since the last purchase; purchase_frequency: purchase days.",
    example: 'recency',
  })
  factor!: string;
  @ApiProperty({ example: 21 }) value!: number;
  @ApiProperty({
    description:
      "Part of the logit of the churn probability. The purchase model's logit is split in three that add up: purchase_outlook the baseline of a customer whose first purchase is today, purchase_frequency what repeat purchases changed, purchase_recency what the silence since the last purchase added.",
    example: 1.8,
  })
  contribution!: number;
  @ApiProperty({ example: true }) raisesRisk!: boolean;
}

export class CustomerChurnModelDto {
  @ApiProperty({ enum: ['buyers', 'visitors'], example: 'buyers' }) population!: string;
  @ApiProperty({
    description: 'What the churn probability is the probability of.',
    example: 'The probability of no purchase in the next 90 days.',
  })
  meaning!: string;
  @ApiProperty({ example: 90 }) horizonDays!: number;
  @ApiProperty({ enum: ['fitted', 'priors'], example: 'fitted' }) basis!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) reason!: string | null;
  @ApiProperty({ type: PurchaseModelBasisDto }) purchaseModel!: PurchaseModelBasisDto;
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
    enum: ['buyers-fitted', 'buyers-priors', 'visitors-fitted', 'visitors-priors'],
    description: 'The population the customer was assessed in and whether its model was fitted.',
    example: 'buyers-fitted',
  })
  basis!: string;
  @ApiProperty({ type: CustomerChurnModelDto }) churnModel!: CustomerChurnModelDto;
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
