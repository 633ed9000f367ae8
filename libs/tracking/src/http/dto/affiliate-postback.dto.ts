import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiNextCursor, PaginationQueryDto } from '@app/platform';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CONVERSION_STATUSES, type ConversionStatus } from '../../domain/conversion-status.js';
import type { PostbackDeliveryStatus } from '../../infrastructure/affiliate-postbacks/affiliate-postback.orm-entity.js';

const DELIVERY_STATUSES: PostbackDeliveryStatus[] = ['pending', 'sent', 'failed'];

export class ListAffiliatePostbacksQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'Only calls to this affiliate (its id).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  affiliateId?: string;

  @ApiPropertyOptional({ description: 'Only calls about this conversion (its id).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  conversionId?: string;

  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, description: 'Only calls in this state.' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: PostbackDeliveryStatus;
}

export class AffiliatePostbackResponse {
  @ApiProperty({ example: '01937a2b-5c6d-7e8f-9a0b-1c2d3e4f5a6b' }) id!: string;
  @ApiProperty({ example: '01936f9e-9d3e-7f5c-b122-4d8e3a2f6c33' }) conversionId!: string;
  @ApiProperty({ example: '01936f9e-1c2b-7a00-8f00-3e5d2c1b0a99' }) campaignId!: string;
  @ApiProperty({ example: '01936f9e-2d3c-7b11-9a11-4f6e3d2c1baa' }) affiliateId!: string;
  @ApiProperty({
    enum: CONVERSION_STATUSES,
    description: 'The conversion status this call announces (its {status} macro).',
  })
  conversionStatus!: ConversionStatus;
  @ApiProperty({
    enum: DELIVERY_STATUSES,
    description:
      'pending: not made yet or waiting for a retry; sent: the URL answered 2xx; failed: every attempt failed, or there is nothing left to call.',
  })
  status!: PostbackDeliveryStatus;
  @ApiProperty({ example: 1 }) attempts!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'The HTTP status of the last answer; null when none came.',
    example: 200,
  })
  responseStatus!: number | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      "Why the last attempt failed: 'HTTP <status>', 'no answer within 10 s', 'destination not allowed' (the URL reaches an address inside the network), 'could not connect', or why there is nothing to call. An admin key reads the detail after a refusal or a failed connection (the address and port); an affiliate key does not.",
    example: 'HTTP 503',
  })
  lastError!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'When a pending call is tried next; null once it is sent or failed.',
    example: null,
  })
  nextAttemptAt!: string | null;
  @ApiProperty({ example: '2026-11-26T10:30:00.000Z' }) createdAt!: string;
  @ApiProperty({ nullable: true, type: String, example: '2026-11-26T10:30:04.000Z' })
  sentAt!: string | null;
}

export class AffiliatePostbackPageResponse {
  @ApiProperty({ type: [AffiliatePostbackResponse] }) data!: AffiliatePostbackResponse[];
  @ApiNextCursor() nextCursor!: string | null;
}
