import { ApiPropertyOptional } from '@nestjs/swagger';
import { PaginationQueryDto } from '@app/platform';
import { Transform } from 'class-transformer';
import { IsISO31661Alpha2, IsOptional, IsString, MaxLength } from 'class-validator';
import { LaterThan, OptionalBoolean, OptionalInstant } from './query-params.js';

export class ListClicksQueryDto extends PaginationQueryDto {
  // Only the example changes (validation is inherited): a click cursor carries time and id.
  @ApiPropertyOptional({
    description: 'The `nextCursor` of the previous page; omit for the first page.',
    example:
      'eyJhdCI6IjIwMjYtMTEtMjZUMDk6MDA6MDAuMDAwWiIsImlkIjoiQWFJWEZVYUFaZk82MUU5WWhNMHZOWGNGIn0',
  })
  declare cursor?: string;

  @ApiPropertyOptional({
    description: 'Only clicks on this campaign.',
    example: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  campaignId?: string;

  @ApiPropertyOptional({
    description: 'Only clicks through this affiliate (as given in the tracking link).',
    example: '01936f9e-8c2d-7e4b-a011-3c7d2f1e5b22',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  affiliateId?: string;

  @OptionalInstant('Only clicks at or after this instant (inclusive).', '2026-11-26T00:00:00Z')
  from?: string;

  @OptionalInstant('Only clicks before this instant (exclusive).', '2026-11-27T00:00:00+01:00')
  @LaterThan('from')
  to?: string;

  @OptionalBoolean('true: only bot clicks; false: only clicks from people.')
  bot?: boolean;

  @OptionalBoolean("true: only each visitor's first click in 24 hours; false: only repeats.")
  unique?: boolean;

  @ApiPropertyOptional({
    description:
      "Only clicks from this country (ISO 3166-1 alpha-2, located from the visitor's IP).",
    example: 'US',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsISO31661Alpha2({ message: '$property must be an ISO 3166-1 alpha-2 country code' })
  country?: string;
}
