import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';
import type { ScheduleInput } from '../../domain/schedule.js';

/** An ISO 8601 instant must say its offset (Z or +hh:mm), or it would mean different times to different servers. */
const WITH_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;
const OFFSET_MESSAGE =
  '$property must be an ISO 8601 date-time with an offset, such as 2026-12-01T00:00:00Z';

export class ScheduleDto {
  @ApiPropertyOptional({
    description: 'When traffic may start (ISO 8601).',
    example: '2026-12-01T00:00:00Z',
    nullable: true,
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: OFFSET_MESSAGE })
  @Matches(WITH_OFFSET, { message: OFFSET_MESSAGE })
  startsAt?: string | null;

  @ApiPropertyOptional({
    description: 'When traffic must stop (ISO 8601), after startsAt.',
    example: '2027-01-01T00:00:00Z',
    nullable: true,
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: OFFSET_MESSAGE })
  @Matches(WITH_OFFSET, { message: OFFSET_MESSAGE })
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
