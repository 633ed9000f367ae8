import { ApiProperty } from '@nestjs/swagger';

const STATUSES = ['pending', 'completed'];

export class ErasureSubjectResponse {
  @ApiProperty({
    description:
      'HMAC-SHA256 of the customer id under a key derived from SECRET_KEY: the audit never holds the id itself.',
    example: '9f2c4e0b6a1d8e3f5c7b9a0d2e4f6a8b0c1d3e5f7a9b1c3d5e7f9a0b2c4d6e8f',
  })
  customerIdHash!: string;

  @ApiProperty({
    description: 'HMAC-SHA256 of the lower-cased email, or null when none was given.',
    example: '4b7e1d0c9a8f6e5d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d',
    nullable: true,
    type: String,
  })
  emailHash!: string | null;
}

export class ErasureRequesterResponse {
  @ApiProperty({
    description: 'Id of the API key that asked; null for the API_KEY of the environment.',
    example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b',
    nullable: true,
    type: String,
  })
  apiKeyId!: string | null;

  @ApiProperty({ description: 'Name of that API key.', example: 'privacy-desk' })
  name!: string;
}

export class ErasureStepResponse {
  @ApiProperty({
    description: 'The context that holds part of the data.',
    enum: ['leads', 'ltv', 'retention', 'tracking'],
    example: 'tracking',
  })
  context!: string;

  @ApiProperty({ enum: STATUSES, example: 'completed' })
  status!: string;

  @ApiProperty({
    description: 'Rows deleted or changed in this context; null while pending.',
    example: 3,
    nullable: true,
    type: Number,
  })
  rowsAffected!: number | null;

  @ApiProperty({
    example: '2026-11-26T09:00:01.000Z',
    nullable: true,
    type: String,
    format: 'date-time',
  })
  completedAt!: string | null;
}

export class ErasureResponse {
  @ApiProperty({ example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b' })
  id!: string;

  @ApiProperty({
    enum: STATUSES,
    description: 'completed once every context has erased its part (seconds after the request).',
    example: 'pending',
  })
  status!: string;

  @ApiProperty({ type: ErasureSubjectResponse })
  subject!: ErasureSubjectResponse;

  @ApiProperty({ type: ErasureRequesterResponse })
  requestedBy!: ErasureRequesterResponse;

  @ApiProperty({ example: '2026-11-26T09:00:00.000Z', format: 'date-time' })
  requestedAt!: string;

  @ApiProperty({
    example: '2026-11-26T09:00:02.000Z',
    nullable: true,
    type: String,
    format: 'date-time',
  })
  completedAt!: string | null;

  @ApiProperty({ type: [ErasureStepResponse] })
  contexts!: ErasureStepResponse[];
}
