import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const DEFAULT_STREAM_INTERVAL_SECONDS = 5;

export class RealtimeStreamQueryDto {
  @ApiPropertyOptional({
    description: `Seconds between events, 1 to 60. Default: ${DEFAULT_STREAM_INTERVAL_SECONDS}.`,
    type: Number,
    minimum: 1,
    maximum: 60,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'interval must be a whole number of seconds' })
  @Min(1)
  @Max(60)
  interval?: number;
}
