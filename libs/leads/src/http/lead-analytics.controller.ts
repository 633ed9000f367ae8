import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ValidationError } from '@app/kernel';
import { ApiProblemResponses } from '@app/platform';
import { GetLeadAnalyticsQuery } from '../application/queries/get-lead-analytics/get-lead-analytics.query.js';
import type { LeadAnalyticsView } from '../application/queries/get-lead-analytics/lead-analytics.view.js';
import { LeadsErrorCode } from '../domain/leads.errors.js';
import { LeadAnalyticsQueryDto, LeadAnalyticsResponse } from './dto/analytics.dto.js';

@ApiTags('leads')
@Controller('forms')
export class LeadAnalyticsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('analytics')
  @ApiOperation({
    summary:
      'The lead funnel with the rate between steps, by form, UTM source and campaign, and the score distribution.',
  })
  @ApiOkResponse({ type: LeadAnalyticsResponse })
  @ApiProblemResponses(422)
  getLeadAnalytics(@Query() query: LeadAnalyticsQueryDto): Promise<LeadAnalyticsView> {
    const from = query.from ? new Date(query.from) : undefined;
    const to = query.to ? new Date(query.to) : undefined;
    if (from && to && from.getTime() >= to.getTime()) {
      throw ValidationError.forField(LeadsErrorCode.InvalidQuery, 'to', 'to must be after from.');
    }
    return this.queries.execute(new GetLeadAnalyticsQuery(query.form_id, from, to));
  }
}
