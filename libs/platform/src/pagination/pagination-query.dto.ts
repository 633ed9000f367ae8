import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** The `nextCursor` property of every page response. */
export const ApiNextCursor = () =>
  ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` for the next page; null on the last page.',
    example: 'eyJpZCI6IjAxOTM0ZjE0LTY2YTAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMCJ9',
  });

/**
 * The query parameters every cursor-paginated list accepts. Without examples: the Swagger UI
 * fills examples in on "Try it out", and a made-up cursor would page past every real row.
 */
export class PaginationQueryDto {
  @ApiPropertyOptional({
    description: `Page size, 1 to ${MAX_PAGE_SIZE}.`,
    default: DEFAULT_PAGE_SIZE,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({
    description: 'The `nextCursor` of the previous page; omit for the first page.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
