import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OUTCOMES, STANDARD_EVENT_TYPES } from '../../domain/behaviour-event.js';

/** Documents one event; rows are checked one by one (parseBehaviourEvent), not by this class. */
export class BehaviourEventDto {
  @ApiPropertyOptional({
    description:
      'Your id of the event (1-255 characters); a repeat is ignored. Without it the event cannot be deduplicated.',
    example: 'evt-20261126-0001',
  })
  eventId?: string;

  @ApiProperty({
    description: 'Your id of the customer, as in postbacks and LTV transactions.',
    example: 'cust-88412',
  })
  customerId!: string;

  @ApiProperty({
    description: `${STANDARD_EVENT_TYPES.join(', ')}, a message outcome (message_delivered, message_opened, message_clicked, message_converted) or a custom lower_snake_case type.`,
    example: 'session_start',
  })
  type!: string;

  @ApiProperty({
    description: 'ISO 8601 with an offset, not in the future.',
    example: '2026-11-26T08:15:00Z',
  })
  occurredAt!: string;

  @ApiPropertyOptional({
    description: 'Session length (session_start or session_end), 0-86400.',
    example: 420,
  })
  durationSeconds?: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'Free JSON (at most 4 KB). campaignId ties an outcome event to a retention campaign; revenue (major units) counts for a conversion.',
    example: { campaignId: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b', revenue: 49.9 },
  })
  properties?: Record<string, unknown>;
}

export class EventBatchDto {
  @ApiProperty({
    type: [BehaviourEventDto],
    description: 'From 1 to 1,000 events.',
    minItems: 1,
    maxItems: 1000,
  })
  events!: BehaviourEventDto[];
}

export class CampaignOutcomeDto {
  @ApiPropertyOptional({
    description: 'Your id of the event; a repeat is ignored.',
    example: 'esp-7781-open',
  })
  eventId?: string;

  @ApiProperty({ example: 'cust-88412' })
  customerId!: string;

  @ApiProperty({
    enum: OUTCOMES.map((o) => `message_${o}`),
    description: 'What became of the message.',
    example: 'message_opened',
  })
  type!: string;

  @ApiProperty({ description: 'ISO 8601 with an offset.', example: '2026-11-26T10:02:00Z' })
  occurredAt!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'revenue (major units) of a conversion.',
    example: { revenue: 49.9 },
  })
  properties?: Record<string, unknown>;
}

export class CampaignOutcomeBatchDto {
  @ApiProperty({
    type: [CampaignOutcomeDto],
    description: 'From 1 to 1,000 outcomes.',
    minItems: 1,
    maxItems: 1000,
  })
  events!: CampaignOutcomeDto[];
}

export class EventFieldErrorDto {
  @ApiProperty({ example: 'events.2.occurredAt' }) field!: string;
  @ApiProperty({ example: 'occurredAt cannot be in the future' }) message!: string;
}

export class EventBatchReportDto {
  @ApiProperty({ example: 3 }) received!: number;
  @ApiProperty({ description: 'Stored now.', example: 1 }) recorded!: number;
  @ApiProperty({ description: 'Already stored under the same eventId.', example: 1 })
  duplicates!: number;
  @ApiProperty({ description: 'Refused; see errors.', example: 1 }) rejected!: number;
  @ApiProperty({ type: [EventFieldErrorDto] }) errors!: EventFieldErrorDto[];
}
