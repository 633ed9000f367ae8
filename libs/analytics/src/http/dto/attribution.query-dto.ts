import { ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalInstant } from '@app/platform';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  ATTRIBUTION_MODELS,
  type AttributionModel,
  DEFAULT_HALF_LIFE_HOURS,
} from '../../domain/attribution-model.js';

export const MAX_HALF_LIFE_HOURS = 8760;
export const MAX_LOOKBACK_DAYS = 365;

export class AttributionQueryDto {
  @ApiPropertyOptional({
    description:
      'How a conversion is shared between the clicks that led to it: all to the last or the first click, evenly (linear), more to recent clicks (time_decay), or 40 % first, 40 % last and 20 % shared by the clicks between (position_based).',
    enum: ATTRIBUTION_MODELS,
    default: 'last_click',
  })
  @IsOptional()
  @IsIn(ATTRIBUTION_MODELS)
  model?: AttributionModel;

  @OptionalInstant(
    'Conversions from this instant (inclusive). Omit: 30 days before `to`. At most 366 days before `to`.',
  )
  from?: string;

  // Its order after `from` is the domain's rule (ANALYTICS.INVALID_PERIOD), with its default.
  @OptionalInstant('Conversions before this instant (exclusive). Omit: now.')
  to?: string;

  @ApiPropertyOptional({
    description: `time_decay only: hours after which a click counts half as much as one at the moment of the conversion, 1 to ${MAX_HALF_LIFE_HOURS}.`,
    default: DEFAULT_HALF_LIFE_HOURS,
    type: Number,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_HALF_LIFE_HOURS)
  halfLifeHours?: number;

  @ApiPropertyOptional({
    description: `Days before a conversion in which the customer's clicks count as its touches, 1 to ${MAX_LOOKBACK_DAYS}. Omit: CONVERSION_LOOKBACK_DAYS, the window tracking credits conversions in.`,
    type: Number,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_LOOKBACK_DAYS)
  lookbackDays?: number;
}
