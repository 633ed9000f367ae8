import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIsoInstant } from './is-iso-instant.decorator.js';
import { IsBoolean, IsOptional, ValidateBy } from 'class-validator';

/**
 * An optional ISO 8601 instant in a query string. Filters carry no `example`: the Swagger UI
 * would fill it in on "Try it out" and hide the data outside it.
 */
export const OptionalInstant = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({
      description: `${description} ISO 8601, e.g. 2026-11-26T00:00:00Z.`,
      type: String,
      format: 'date-time',
    }),
    IsOptional(),
    IsIsoInstant(),
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
    ApiPropertyOptional({ description, type: Boolean }),
    IsOptional(),
    Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)),
    IsBoolean({ message: '$property must be true or false' }),
  );
