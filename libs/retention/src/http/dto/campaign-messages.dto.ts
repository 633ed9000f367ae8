import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const STATUSES = ['pending', 'sent', 'failed'] as const;

export class ListCampaignMessagesQueryDto {
  @ApiPropertyOptional({ type: Number, description: 'Messages per page, 1-500 (default 100).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({
    type: String,
    description: 'Only messages after this message id (the nextAfter of the previous page).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  after?: string;

  @ApiPropertyOptional({ enum: STATUSES, description: 'Only messages in this status.' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];
}

export class CampaignMessageDto {
  @ApiProperty({ example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a60' }) messageId!: string;
  @ApiProperty({ example: 'cust-88412' }) customerId!: string;
  @ApiProperty({ enum: ['email', 'sms', 'push', 'webhook'], example: 'email' }) channel!: string;
  @ApiProperty({
    enum: STATUSES,
    description: 'webhook: pending until posted; others: sent to the external sender at once.',
    example: 'sent',
  })
  status!: string;
  @ApiProperty({ description: 'Webhook posts tried.', example: 0 }) attempts!: number;
  @ApiProperty({ type: String, nullable: true, example: null }) lastError!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the message carries (the webhook body).',
    example: {
      messageId: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a60',
      customerId: 'cust-88412',
      offer: { type: 'discount_percent', value: 15 },
    },
  })
  payload!: object;

  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-11-26T09:00:00.000Z' }) sentAt!:
    string | null;
}

export class CampaignMessagePageDto {
  @ApiProperty({ type: [CampaignMessageDto] }) data!: CampaignMessageDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as after for the next page; null on the last.',
    example: null,
  })
  nextAfter!: string | null;
}
