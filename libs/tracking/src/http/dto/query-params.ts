import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsOptional, Matches, ValidateBy } from 'class-validator';

/** An instant must say its offset (Z or +hh:mm), or it would mean different times to different servers. */
const WITH_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;
const INSTANT_MESSAGE =
  '$property must be an ISO 8601 date-time with an offset, such as 2026-11-26T09:00:00Z';

/** An optional ISO 8601 instant in a query string. */
export const OptionalInstant = (description: string, example: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, example, type: String, format: 'date-time' }),
    IsOptional(),
    IsISO8601({ strict: true }, { message: INSTANT_MESSAGE }),
    Matches(WITH_OFFSET, { message: INSTANT_MESSAGE }),
  );

/** The instant must come after the one in `property`, when both are given and valid. */
export const LaterThan = (property: string) =>
  ValidateBy({
    name: 'laterThan',
    constraints: [property],
    validator: {
      validate: (value, args) => {
        const other = (args?.object as Record<string, unknown>)[property];
        if (typeof value !== 'string' || typeof other !== 'string') return true;
        const [end, start] = [Date.parse(value), Date.parse(other)];
        return Number.isNaN(end) || Number.isNaN(start) || end > start;
      },
      defaultMessage: (args) => `${args?.property} must be later than ${property}`,
    },
  });

/** An optional `true` or `false` in a query string (anything else is refused, not guessed). */
export const OptionalBoolean = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, type: Boolean, example: false }),
    IsOptional(),
    Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)),
    IsBoolean({ message: '$property must be true or false' }),
  );
