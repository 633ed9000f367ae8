import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, Min, ValidateIf } from 'class-validator';
import { GRADES } from '../../domain/lead-grade.js';
import { LEAD_STATUSES, type LeadStatus } from '../../domain/lead-status.js';
import { SUBMISSION_OUTCOMES } from '../../domain/submission.js';
import { FieldErrorDto } from './field-error.dto.js';

export class ChangeLeadStatusDto {
  @ApiProperty({
    enum: LEAD_STATUSES,
    description:
      'new → contacted → qualified → converted (forward, steps may be skipped), or lost; converted and lost are final.',
    example: 'converted',
  })
  @IsIn(LEAD_STATUSES)
  status!: LeadStatus;

  @ApiPropertyOptional({
    description: 'The deal value in major units, when converting.',
    example: 1200.5,
  })
  @ValidateIf(
    (dto: ChangeLeadStatusDto) => dto.dealValue !== undefined || dto.currency !== undefined,
  )
  @IsNumber({}, { message: 'dealValue must be a number when a currency is given' })
  dealValue?: number;

  @ApiPropertyOptional({ description: 'ISO 4217 currency of dealValue.', example: 'EUR' })
  @ValidateIf(
    (dto: ChangeLeadStatusDto) => dto.dealValue !== undefined || dto.currency !== undefined,
  )
  @IsString({ message: 'currency must be given with dealValue' })
  currency?: string;
}

export class HotLeadsQueryDto {
  @ApiPropertyOptional({
    description: 'Lowest score listed; LEAD_HOT_SCORE (70) when absent.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  threshold?: number;

  @ApiPropertyOptional({ description: 'How many, 1 to 200.', default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class ScoreFactorResponse {
  @ApiProperty({ example: 'job_title' })
  factor!: string;

  @ApiProperty({ enum: ['contact', 'professional', 'engagement'], example: 'professional' })
  group!: string;

  @ApiProperty({ example: 15 })
  points!: number;

  @ApiProperty({ example: 15 })
  maxPoints!: number;
}

export class LeadSummaryResponse {
  @ApiProperty({ example: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a12' })
  id!: string;

  @ApiProperty({ example: 'contact' })
  formId!: string;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'null once erased.',
    example: 'ada@analytical-engines.co.uk',
  })
  email!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Ada' })
  firstName!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Lovelace' })
  lastName!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Analytical Engines Ltd' })
  company!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'CTO' })
  jobTitle!: string | null;

  @ApiProperty({ example: 85 })
  score!: number;

  @ApiProperty({ enum: GRADES, example: 'A' })
  grade!: string;

  @ApiProperty({ example: true })
  isQualified!: boolean;

  @ApiProperty({ example: true })
  isHot!: boolean;

  @ApiProperty({ enum: LEAD_STATUSES, example: 'new' })
  status!: string;

  @ApiProperty({ example: 1 })
  submissionCount!: number;

  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' })
  updatedAt!: string;
}

export class HotLeadsResponse {
  @ApiProperty({ description: 'The threshold applied.', example: 70 })
  threshold!: number;

  @ApiProperty({ type: [LeadSummaryResponse], description: 'Open leads, best score first.' })
  data!: LeadSummaryResponse[];
}

class LeadSubmissionResponse {
  @ApiProperty({ example: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11' })
  id!: string;

  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' })
  submittedAt!: string;

  @ApiProperty({ enum: SUBMISSION_OUTCOMES, example: 'lead' })
  outcome!: string;

  @ApiProperty({
    description: 'Field values as sent; {} once erased.',
    example: { email: 'ada@analytical-engines.co.uk' },
  })
  values!: Record<string, string>;

  @ApiProperty({ type: [FieldErrorDto] })
  errors!: FieldErrorDto[];

  @ApiProperty({ nullable: true, type: String, example: 'newsletter' })
  utmSource!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'null once erased.',
    example: '81.2.69.142',
  })
  ip!: string | null;
}

class StatusChangeResponse {
  @ApiProperty({ nullable: true, type: String, enum: LEAD_STATUSES, example: 'new' })
  from!: string | null;

  @ApiProperty({ enum: LEAD_STATUSES, example: 'contacted' })
  to!: string;

  @ApiProperty({ example: '2026-11-27T10:00:00.000Z' })
  changedAt!: string;
}

export class LeadResponse extends LeadSummaryResponse {
  @ApiProperty({ nullable: true, type: String, description: 'E.164', example: '+442079460958' })
  phone!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'We would like a demo.' })
  message!: string | null;

  @ApiProperty({ description: "The form's other fields.", example: { budget: '1k-10k' } })
  fields!: Record<string, unknown>;

  @ApiProperty({ example: { source: 'newsletter', medium: 'email', campaign: 'winter-launch' } })
  utm!: Record<string, string | null>;

  @ApiProperty({
    description:
      'status tracked (click_id of a stored click), unknown_click (kept without campaign) or none.',
    example: {
      status: 'tracked',
      clickId: 'AZNvnnscfToAAAAAAAAAAAAA',
      campaignId: '01936f9e-...',
      affiliateId: '01936f9f-...',
    },
  })
  attribution!: Record<string, string | null>;

  @ApiProperty({
    type: [ScoreFactorResponse],
    description: 'Points per factor; they add up to score.',
  })
  scoreBreakdown!: ScoreFactorResponse[];

  @ApiProperty({ nullable: true, example: { amount: 1200.5, currency: 'EUR' } })
  dealValue!: { amount: number; currency: string } | null;

  @ApiProperty({ description: 'Personal data erased (DELETE /forms/lead/{id}).', example: false })
  erased!: boolean;

  @ApiProperty({ nullable: true, type: String, example: null })
  erasedAt!: string | null;

  @ApiProperty({ type: [LeadSubmissionResponse] })
  submissions!: LeadSubmissionResponse[];

  @ApiProperty({ type: [StatusChangeResponse], description: 'From its capture as new on.' })
  statusHistory!: StatusChangeResponse[];
}
