import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoInstant } from '@app/platform';
import { IsOptional } from 'class-validator';
import type { ScheduleInput } from '../../domain/schedule.js';

export class ScheduleDto {
  @ApiPropertyOptional({
    type: String,
    description: 'When traffic may start (ISO 8601).',
    example: '2026-12-01T00:00:00Z',
    nullable: true,
  })
  @IsOptional()
  @IsIsoInstant()
  startsAt?: string | null;

  @ApiPropertyOptional({
    type: String,
    description: 'When traffic must stop (ISO 8601), after startsAt.',
    example: '2027-01-01T00:00:00Z',
    nullable: true,
  })
  @IsOptional()
  @IsIsoInstant()
  endsAt?: string | null;
}

export function toScheduleInput(
  dto: ScheduleDto | null | undefined,
): ScheduleInput | null | undefined {
  if (!dto) return dto;
  return {
    startsAt: dto.startsAt ? new Date(dto.startsAt) : null,
    endsAt: dto.endsAt ? new Date(dto.endsAt) : null,
  };
}
