import { ApiProperty } from '@nestjs/swagger';
import { GRADES } from '../../domain/lead-grade.js';
import { LEAD_STATUSES } from '../../domain/lead-status.js';

/** The body of POST /forms/submit, for the docs: the fields depend on the form. */
export const SUBMIT_FORM_SCHEMA = {
  type: 'object',
  additionalProperties: { type: 'string' },
  properties: {
    form_id: {
      type: 'string',
      default: 'contact',
      description: 'The form; the built-in contact form when absent.',
    },
    email: { type: 'string', example: 'ada@analytical-engines.co.uk' },
    first_name: { type: 'string', example: 'Ada' },
    last_name: { type: 'string', example: 'Lovelace' },
    phone: { type: 'string', example: '+44 20 7946 0958' },
    company: { type: 'string', example: 'Analytical Engines Ltd' },
    job_title: { type: 'string', example: 'CTO' },
    message: { type: 'string', example: 'We would like a demo for our marketing team of twelve.' },
    utm_source: { type: 'string', example: 'newsletter' },
    utm_medium: { type: 'string', example: 'email' },
    utm_campaign: { type: 'string', example: 'winter-launch' },
    click_id: {
      type: 'string',
      description:
        'The X-Click-Id of a tracked click: ties the lead to its campaign and affiliate.',
      example: 'AZNvnnscfToAAAAAAAAAAAAA',
    },
  },
};

export class SubmissionResponse {
  @ApiProperty({
    description: 'The stored submission.',
    example: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11',
  })
  submissionId!: string;

  @ApiProperty({
    description: 'The lead it made or added to.',
    example: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a12',
  })
  leadId!: string;

  @ApiProperty({ description: 'Lead score, 0 to 100.', example: 85 })
  score!: number;

  @ApiProperty({ enum: GRADES, example: 'A' })
  grade!: string;

  @ApiProperty({ enum: LEAD_STATUSES, example: 'new' })
  status!: string;

  @ApiProperty({ description: 'Score at least LEAD_QUALIFIED_SCORE (60).', example: true })
  isQualified!: boolean;

  @ApiProperty({ description: 'Score at least LEAD_HOT_SCORE (70).', example: true })
  isHot!: boolean;

  @ApiProperty({
    description: 'The email had already made a lead on this form: that lead was updated.',
    example: false,
  })
  duplicate!: boolean;
}
