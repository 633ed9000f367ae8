import { LaterThan, OptionalInstant } from '@app/platform';
export class CampaignPerformanceQueryDto {
  @OptionalInstant(
    'Start of the period (inclusive), rounded down to the hour. Omit: from the first hour.',
  )
  from?: string;

  @OptionalInstant('End of the period (exclusive), rounded down to the hour. Omit: up to now.')
  @LaterThan('from')
  to?: string;
}
