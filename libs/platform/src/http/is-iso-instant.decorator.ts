import { ValidateBy } from 'class-validator';
import { parseIsoInstant } from '@app/kernel';

const MESSAGE =
  '$property must be an ISO 8601 date-time with an offset, such as 2026-12-01T00:00:00Z';

/**
 * The one rule for times on the wire: ISO 8601 calendar date and time with an explicit offset
 * (without one it would mean different times to different servers), a real date, in years
 * 0001-9999. Whatever passes, `new Date(value)` reads as the same instant.
 */
export const IsIsoInstant = () =>
  ValidateBy({
    name: 'isIsoInstant',
    validator: {
      validate: (value) => typeof value === 'string' && parseIsoInstant(value) !== null,
      defaultMessage: () => MESSAGE,
    },
  });
