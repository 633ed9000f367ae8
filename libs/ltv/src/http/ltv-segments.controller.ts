import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Money } from '@app/kernel';
import { ApiProblemResponses, APP_CONFIG, type AppConfig } from '@app/platform';
import { SetSegmentRuleCommand } from '../application/commands/set-segment-rule/set-segment-rule.command.js';
import {
  GetSegmentsQuery,
  type SegmentsView,
} from '../application/queries/get-segments/get-segments.query.js';
import {
  absoluteRule,
  DEFAULT_SEGMENT_RULE,
  percentileRule,
  type SegmentRule,
} from '../domain/analysis/segments.js';
import { SegmentsResponse } from './dto/ltv-responses.dto.js';
import { SetSegmentsDto } from './dto/segments.dto.js';

@ApiTags('ltv')
@Controller('ltv/segments')
export class LtvSegmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: "Each segment's thresholds, customers, total and share of value." })
  @ApiOkResponse({ type: SegmentsResponse })
  getLtvSegments(): Promise<SegmentsView> {
    return this.queries.execute(new GetSegmentsQuery());
  }

  @Put()
  @ApiOperation({
    summary: 'Set the segment thresholds (absolute, or percentile shares) and re-segment now.',
    description:
      'Absolute bounds are in major units of the reporting currency. Customers are moved at once (no refit) and each move is recorded as a transition.',
  })
  @ApiOkResponse({ type: SegmentsResponse })
  @ApiProblemResponses(400, 409, 415, 422)
  async setLtvSegments(@Body() body: SetSegmentsDto): Promise<SegmentsView> {
    await this.commands.execute(new SetSegmentRuleCommand(this.ruleOf(body)));
    return this.queries.execute(new GetSegmentsQuery());
  }

  private ruleOf(body: SetSegmentsDto): SegmentRule {
    const bounds = body.thresholds;
    if (body.mode === 'percentile')
      return bounds ? percentileRule({ ...bounds }) : DEFAULT_SEGMENT_RULE;
    const currency = this.config.ltv.currency;
    const minor = (field: 'VIP' | 'High' | 'Medium') =>
      Money.fromDecimal(bounds![field], currency, `thresholds.${field}`).minor;
    return absoluteRule({ VIP: minor('VIP'), High: minor('High'), Medium: minor('Medium') });
  }
}
