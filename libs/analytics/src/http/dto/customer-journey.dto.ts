import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalInstant } from '@app/platform';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { JOURNEY_ITEM_TYPES } from '../../domain/customer-journey.js';

export const DEFAULT_JOURNEY_LIMIT = 200;
export const MAX_JOURNEY_LIMIT = 1000;

/** Customer ids are the advertiser's: 1 to 255 characters, as in postbacks, purchases and events. */
export class CustomerIdParamDto {
  @IsString()
  @Length(1, 255)
  // Control characters are never part of an id someone typed or a system issued.
  @Matches(/^[^\u0000-\u001f\u007f]+$/, {
    message: '$property must not contain control characters',
  })
  customerId!: string;
}

export class CustomerJourneyQueryDto {
  @OptionalInstant(
    'Steps from this instant (inclusive); the `nextFrom` of the previous page. Omit: from the start.',
  )
  from?: string;

  // Its order after `from` is the domain's rule (ANALYTICS.INVALID_PERIOD).
  @OptionalInstant('Steps before this instant (exclusive). Omit: up to the latest.')
  to?: string;

  @ApiPropertyOptional({
    description: `Most steps on a page, 1 to ${MAX_JOURNEY_LIMIT}.`,
    default: DEFAULT_JOURNEY_LIMIT,
    type: Number,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_JOURNEY_LIMIT)
  limit?: number;
}

export class JourneyItemResponse {
  @ApiProperty({ enum: JOURNEY_ITEM_TYPES, example: 'conversion' })
  type!: string;

  @ApiProperty({ description: 'When it happened (UTC).', example: '2026-11-20T12:00:00.000Z' })
  at!: string;

  @ApiProperty({
    description:
      "The step's own id in its context: click id, lead id, conversion id, transaction id, message id or event id.",
    example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a60',
  })
  id!: string;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The tracked click it came through.',
    example: 'AZNvnnscfTqfAAK2xsHQ2pKx',
  })
  clickId!: string | null;

  @ApiProperty({ nullable: true, type: String, example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b' })
  campaignId!: string | null;

  @ApiProperty({ nullable: true, type: String, example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5c' })
  affiliateId!: string | null;

  @ApiProperty({ nullable: true, type: String, example: null })
  leadId!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The conversion, or for a purchase recorded from one, its conversion.',
    example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a60',
  })
  conversionId!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The retention campaign of a message or message outcome.',
    example: null,
  })
  retentionCampaignId!: string | null;

  @ApiProperty({
    type: 'object',
    // Values are strings, numbers, booleans or null, by type: OpenAPI 3.0 cannot say "nullable
    // one of" without an invalid schema, so any value is declared.
    additionalProperties: true,
    description:
      'A few fields of the step, by type: click (reachedOffer, bot, unique, reasons, country, deviceType, externalId), lead (formId, score, grade, status, utmSource), conversion (status, transactionId, revenue, payout, currency), transaction (amount, currency, source, status), retention_message (channel, status, sentAt, deliveredAt, openedAt, clickedAt, convertedAt), retention_event (eventType, durationSeconds). Money in major units.',
    example: {
      status: 'approved',
      transactionId: 'ORD-1',
      revenue: 100,
      payout: 12.5,
      currency: 'USD',
    },
  })
  details!: Record<string, string | number | boolean | null>;
}

export class CustomerJourneyResponse {
  @ApiProperty({ example: 'cust-88412' })
  customerId!: string;

  @ApiProperty({ type: [JourneyItemResponse], description: 'Oldest first.' })
  items!: JourneyItemResponse[];

  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'More steps follow: pass this as `from` for the next page. null: the journey (in the window) is complete.',
    example: null,
  })
  nextFrom!: string | null;
}
