import { ApiProperty } from '@nestjs/swagger';
import { RISK_LEVELS } from '../../domain/risk-level.js';
import { SEGMENTS } from '../../domain/segment.js';
import { ChurnModelDto } from './churn-model.response.js';

export class ChurnRecalculationResponse {
  @ApiProperty({
    description: 'Customers assessed: everyone with events or purchases.',
    example: 1250,
  })
  customers!: number;
  @ApiProperty({ example: '2026-11-26T03:00:00.000Z' }) calculatedAt!: string;
  @ApiProperty({
    description: 'Customers per risk level.',
    example: { low: 900, medium: 200, high: 100, critical: 50 },
  })
  riskLevels!: Record<string, number>;
  @ApiProperty({
    description: 'Customers per segment.',
    example: { Active: 700, New: 150, 'At-Risk': 200, 'Low Engagement': 120, Churned: 80 },
  })
  segments!: Record<string, number>;
  @ApiProperty({ type: ChurnModelDto, description: 'The model the probabilities came from.' })
  model!: ChurnModelDto;
  @ApiProperty({ example: 840 }) durationMs!: number;
}

export class GroupRetentionDto {
  @ApiProperty({ description: 'Enrolments whose 30-day window has ended.', example: 180 })
  customers!: number;
  @ApiProperty({ description: 'Of those, active again within the window.', example: 81 })
  retained!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.45 }) rate!: number | null;
}

export class CampaignRetentionDto {
  @ApiProperty({ example: 30 }) windowDays!: number;
  @ApiProperty({ type: GroupRetentionDto }) treatment!: GroupRetentionDto;
  @ApiProperty({ type: GroupRetentionDto }) control!: GroupRetentionDto;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Treatment rate minus control rate.',
    example: 0.12,
  })
  uplift!: number | null;
}

export class RetentionCampaignPerformanceResponse {
  @ApiProperty({ example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b' }) campaignId!: string;
  @ApiProperty({ example: 'active' }) status!: string;
  @ApiProperty({ example: 200 }) enrolled!: number;
  @ApiProperty({ example: 180 }) treatment!: number;
  @ApiProperty({ example: 20 }) control!: number;
  @ApiProperty({ description: 'Messages handed over (webhook: a 2xx answer).', example: 178 })
  sent!: number;
  @ApiProperty({ description: 'Webhook messages given up after every retry.', example: 2 })
  failed!: number;
  @ApiProperty({ example: 170 }) delivered!: number;
  @ApiProperty({ example: 90 }) opened!: number;
  @ApiProperty({ example: 30 }) clicked!: number;
  @ApiProperty({ example: 12 }) converted!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'opened / sent.', example: 0.5056 })
  openRate!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'clicked / sent.', example: 0.1685 })
  clickRate!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'converted / sent.', example: 0.0674 })
  conversionRate!: number | null;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ description: 'Revenue of converted messages, major units.', example: 598.8 })
  revenue!: number;
  @ApiProperty({ description: 'Messages not failed x cost per message.', example: 8.9 })
  cost!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: '(revenue - cost) / cost.',
    example: 66.28,
  })
  roi!: number | null;
  @ApiProperty({ type: CampaignRetentionDto }) retention!: CampaignRetentionDto;
}

export class RiskShareDto {
  @ApiProperty({ enum: RISK_LEVELS, example: 'high' }) riskLevel!: string;
  @ApiProperty({ example: 100 }) customers!: number;
  @ApiProperty({ example: 0.08 }) share!: number;
}

export class SegmentCountDto {
  @ApiProperty({ enum: SEGMENTS, example: 'At-Risk' }) segment!: string;
  @ApiProperty({ example: 200 }) customers!: number;
}

export class CohortRetentionRowDto {
  @ApiProperty({ description: 'Month of first activity.', example: '2026-09' }) cohort!: string;
  @ApiProperty({ example: 420 }) customers!: number;
  @ApiProperty({ description: 'First seen at least N days ago.', example: 420 }) eligible!: number;
  @ApiProperty({ description: 'Active at least N days after their first activity.', example: 160 })
  retained!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.381 }) rate!: number | null;
}

export class CohortRetentionDto {
  @ApiProperty({ example: 30 }) days!: number;
  @ApiProperty({ type: [CohortRetentionRowDto] }) cohorts!: CohortRetentionRowDto[];
}

export class ChurnPeriodDto {
  @ApiProperty({ example: '2026-10-28' }) periodStart!: string;
  @ApiProperty({ example: '2026-11-26' }) periodEnd!: string;
  @ApiProperty({ description: 'Active in the 30 days before the period.', example: 900 })
  activeBefore!: number;
  @ApiProperty({ description: 'Of those, not active in the period.', example: 90 })
  churned!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.1 }) churnRate!: number | null;
}

export class RetentionAnalyticsResponse {
  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' }) asOf!: string;
  @ApiProperty({ description: 'Customers in the latest recalculation.', example: 1250 })
  customers!: number;
  @ApiProperty({ type: [RiskShareDto] }) riskDistribution!: RiskShareDto[];
  @ApiProperty({ type: [SegmentCountDto] }) segments!: SegmentCountDto[];
  @ApiProperty({ type: CohortRetentionDto }) cohortRetention!: CohortRetentionDto;
  @ApiProperty({ type: [ChurnPeriodDto], description: '30-day periods, newest first.' })
  churnOverTime!: ChurnPeriodDto[];
}

export class AutomationRunResponse {
  @ApiProperty({ description: 'Active campaigns inside their schedule.', example: 2 })
  campaigns!: number;
  @ApiProperty({ description: 'Customers enrolled by this run (both groups).', example: 40 })
  enrolled!: number;
  @ApiProperty({ example: 36 }) treatment!: number;
  @ApiProperty({ description: 'Held out: no message, the baseline of the uplift.', example: 4 })
  control!: number;
  @ApiProperty({ description: 'Messages queued for the treatment group.', example: 36 })
  messages!: number;
}
