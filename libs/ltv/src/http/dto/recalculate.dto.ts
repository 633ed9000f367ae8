import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoInstant } from '@app/platform';
import { IsOptional } from 'class-validator';

export class RecalculateLtvDto {
  @ApiPropertyOptional({
    description:
      'End of the observation period: only purchases up to it count, and ages are measured to it. Default: now.',
    example: '1997-09-30T00:00:00Z',
  })
  @IsOptional()
  @IsIsoInstant()
  asOf?: string;
}
