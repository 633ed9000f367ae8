import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '@app/platform';
import type { AttributionReportView } from '../application/queries/get-attribution-report/attribution-report.view.js';
import { GetAttributionReportQuery } from '../application/queries/get-attribution-report/get-attribution-report.query.js';
import { AttributionQueryDto } from './dto/attribution.query-dto.js';
import { AttributionReportResponse } from './dto/attribution.response.js';

@ApiTags('analytics')
@Controller('v1/analytics')
export class AttributionController {
  constructor(private readonly queries: QueryBus) {}

  @Get('attribution')
  @ApiOperation({
    summary:
      "A period's conversions and revenue credited to campaigns and affiliates under an attribution model.",
    description:
      "Approved conversions converted in [from, to). A conversion's touches are its own click and, when its postback named a `customer_id`, the customer's other clicks that reached the offer within `lookbackDays` before it: the clicks of the customer's other conversions and the clicks whose link carried the customer id as `external_id`. The credit of each conversion adds up to exactly one conversion and its revenue, so the campaigns add up to the totals.",
  })
  @ApiOkResponse({ type: AttributionReportResponse })
  @ApiProblemResponses(422)
  getAttribution(@Query() query: AttributionQueryDto): Promise<AttributionReportView> {
    return this.queries.execute(
      new GetAttributionReportQuery({
        model: query.model ?? 'last_click',
        halfLifeHours: query.halfLifeHours,
        from: query.from === undefined ? undefined : new Date(query.from),
        to: query.to === undefined ? undefined : new Date(query.to),
        lookbackDays: query.lookbackDays,
      }),
    );
  }
}
