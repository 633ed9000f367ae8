import { LaterThan, OptionalInstant } from './query-params.js';

export class CampaignPerformanceQueryDto {
  @OptionalInstant(
    'Start of the period (inclusive), rounded down to the hour. Omit: from the first hour.',
    '2026-11-01T00:00:00Z',
  )
  from?: string;

  @OptionalInstant(
    'End of the period (exclusive), rounded down to the hour. Omit: up to now.',
    '2026-12-01T00:00:00Z',
  )
  @LaterThan('from')
  to?: string;
}
