import { ApiPropertyOptional } from '@nestjs/swagger';
import { PaginationQueryDto, LaterThan, OptionalBoolean, OptionalInstant } from '@app/platform';
import { Transform } from 'class-transformer';
import { IsISO31661Alpha2, IsOptional, IsString, MaxLength } from 'class-validator';

export class ListClicksQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({
    description: 'Only clicks on this campaign (its id).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  campaignId?: string;

  @ApiPropertyOptional({
    description: 'Only clicks through this affiliate (its id, as given in the tracking link).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  affiliateId?: string;

  @OptionalInstant('Only clicks at or after this instant (inclusive).')
  from?: string;

  @OptionalInstant('Only clicks before this instant (exclusive).')
  @LaterThan('from')
  to?: string;

  @OptionalBoolean('true: only bot clicks; false: only clicks from people.')
  bot?: boolean;

  @OptionalBoolean("true: only each visitor's first click in 24 hours; false: only repeats.")
  unique?: boolean;

  @ApiPropertyOptional({
    description:
      "Only clicks from this country (ISO 3166-1 alpha-2 such as US, located from the visitor's IP).",
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsISO31661Alpha2({ message: '$property must be an ISO 3166-1 alpha-2 country code' })
  country?: string;
}
