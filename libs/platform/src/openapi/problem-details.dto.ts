import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({
    description: 'The input field, as a dotted path for nested fields.',
    example: 'payout.amount',
  })
  field!: string;

  @ApiProperty({
    description: 'What is wrong with it.',
    example: 'amount must be a positive number',
  })
  message!: string;
}

/** The RFC 9457 problem document every error response carries. */
export class ProblemDetailsDto {
  @ApiProperty({
    description: 'A URI reference naming the problem type.',
    example: '/problems/campaigns.invalid-transition',
  })
  type!: string;

  @ApiProperty({ description: 'The HTTP status phrase.', example: 'Conflict' })
  title!: string;

  @ApiProperty({ description: 'The HTTP status code.', example: 409 })
  status!: number;

  @ApiProperty({
    description: 'What went wrong, for a person.',
    example: 'A draft campaign cannot be paused.',
  })
  detail!: string;

  @ApiProperty({
    description: 'A stable code to branch on in client code.',
    example: 'CAMPAIGNS.INVALID_TRANSITION',
  })
  code!: string;

  @ApiPropertyOptional({
    description: 'The path of the request that failed.',
    example: '/v1/campaigns/0193.../pause',
  })
  instance?: string;

  @ApiPropertyOptional({
    description: 'The request id, also in the X-Request-Id header and the logs.',
    example: 'c0a80164-3f1b-4c8e-9d2a-5e6f7a8b9c0d',
  })
  requestId?: string;

  @ApiPropertyOptional({
    type: [FieldErrorDto],
    description: 'One entry per invalid field (validation errors).',
  })
  errors?: FieldErrorDto[];
}
