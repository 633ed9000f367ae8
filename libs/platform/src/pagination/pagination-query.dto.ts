import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

const CURSOR_EXAMPLE = 'eyJpZCI6IjAxOTM0ZjE0LTY2YTAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMCJ9';

/** The `nextCursor` property of every page response. */
export const ApiNextCursor = () =>
  ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` for the next page; null on the last page.',
    example: CURSOR_EXAMPLE,
  });

/** The query parameters every cursor-paginated list accepts. */
export class PaginationQueryDto {
  @ApiPropertyOptional({
    description: `Page size, 1 to ${MAX_PAGE_SIZE}.`,
    default: DEFAULT_PAGE_SIZE,
    example: 50,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({
    description: 'The `nextCursor` of the previous page; omit for the first page.',
    example: CURSOR_EXAMPLE,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
