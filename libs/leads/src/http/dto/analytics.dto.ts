import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalInstant } from '@app/platform';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class LeadAnalyticsQueryDto {
  @ApiPropertyOptional({ description: 'Only this form (its id; the built-in one is contact).' })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  form_id?: string;

  @OptionalInstant('Submissions from this instant (inclusive).')
  from?: string;

  // Its order after `from` is the domain's rule (LEADS.INVALID_QUERY), not checked twice here.
  @OptionalInstant('Submissions before this instant (exclusive).')
  to?: string;
}

class FunnelRatesResponse {
  @ApiProperty({ nullable: true, type: Number, description: 'valid / submissions', example: 0.8 })
  valid!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'invalid / submissions', example: 0.1 })
  invalid!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'spam / submissions', example: 0.1 })
  spam!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'duplicates / valid', example: 0.25 })
  duplicates!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'leads / valid', example: 0.75 })
  leads!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'qualified / leads', example: 0.5 })
  qualified!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'hot / qualified', example: 0.6667 })
  hot!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'converted / leads', example: 0.1667 })
  converted!: number | null;
}

export class FunnelResponse {
  @ApiProperty({ example: 10 })
  submissions!: number;
  @ApiProperty({ description: 'Made or added to a lead.', example: 8 })
  valid!: number;
  @ApiProperty({ description: "Broke the form's rules.", example: 1 })
  invalid!: number;
  @ApiProperty({ description: 'Honeypot, content rules or rate limit.', example: 1 })
  spam!: number;
  @ApiProperty({ description: 'Valid, added to an existing lead.', example: 2 })
  duplicates!: number;
  @ApiProperty({ description: 'New leads.', example: 6 })
  leads!: number;
  @ApiProperty({
    description: 'Of the new leads: score at least LEAD_QUALIFIED_SCORE.',
    example: 3,
  })
  qualified!: number;
  @ApiProperty({ description: 'Of the new leads: score at least LEAD_HOT_SCORE.', example: 2 })
  hot!: number;
  @ApiProperty({ description: 'Of the new leads: status converted.', example: 1 })
  converted!: number;
  @ApiProperty({ type: FunnelRatesResponse })
  rates!: FunnelRatesResponse;
}

class FormFunnelResponse extends FunnelResponse {
  @ApiProperty({ example: 'contact' })
  formId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Contact' })
  formName!: string | null;
}

class SourceFunnelResponse extends FunnelResponse {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'null: no utm_source.',
    example: 'newsletter',
  })
  utmSource!: string | null;
}

class CampaignFunnelResponse extends FunnelResponse {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'null: no tracked click.',
    example: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11',
  })
  campaignId!: string | null;
}

class ScoreRangeResponse {
  @ApiProperty({ example: 70 })
  from!: number;
  @ApiProperty({ example: 79 })
  to!: number;
  @ApiProperty({ example: 3 })
  count!: number;
}

class ScoreDistributionResponse {
  @ApiProperty({ type: [ScoreRangeResponse], description: 'New leads per ten points of score.' })
  ranges!: ScoreRangeResponse[];
  @ApiProperty({ example: { A: 1, B: 2, C: 2, D: 1, F: 0 } })
  grades!: Record<string, number>;
}

export class LeadAnalyticsResponse {
  @ApiProperty({ nullable: true, type: String, example: null })
  formId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-11-01T00:00:00.000Z' })
  from!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-12-01T00:00:00.000Z' })
  to!: string | null;
  @ApiProperty({ type: FunnelResponse })
  funnel!: FunnelResponse;
  @ApiProperty({ type: [FormFunnelResponse] })
  byForm!: FormFunnelResponse[];
  @ApiProperty({ type: [SourceFunnelResponse] })
  byUtmSource!: SourceFunnelResponse[];
  @ApiProperty({ type: [CampaignFunnelResponse] })
  byCampaign!: CampaignFunnelResponse[];
  @ApiProperty({
    description: 'Spam submissions per reason.',
    example: { honeypot: 1, rate_limited: 0 },
  })
  spamReasons!: Record<string, number>;
  @ApiProperty({ type: ScoreDistributionResponse })
  scoreDistribution!: ScoreDistributionResponse;
}
