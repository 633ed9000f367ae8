import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/** An instant must say its offset (Z or +hh:mm), or it would mean different times to different servers. */
const WITH_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;
const MESSAGE =
  '$property must be an ISO 8601 date-time with an offset, such as 2026-12-01T00:00:00Z';

/** The one rule for times on the wire: ISO 8601, strict, with an explicit offset. */
export const IsIsoInstant = () =>
  applyDecorators(
    IsISO8601({ strict: true }, { message: MESSAGE }),
    Matches(WITH_OFFSET, { message: MESSAGE }),
  );
