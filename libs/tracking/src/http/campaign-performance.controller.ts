import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AllowRoles,
  ApiIdParam,
  ApiProblemResponses,
  Caller,
  type CallerScope,
} from '@app/platform';
import type { CampaignPerformanceView } from '../application/queries/get-campaign-performance/campaign-performance.view.js';
import { GetCampaignPerformanceQuery } from '../application/queries/get-campaign-performance/get-campaign-performance.query.js';
import { CampaignPerformanceQueryDto } from './dto/campaign-performance.query-dto.js';
import { CampaignPerformanceResponse } from './dto/campaign-performance.response.js';

/** Lives in tracking, under the campaign's path: it reads only tracking's hourly rollups. */
@ApiTags('tracking')
@Controller('v1/campaigns')
export class CampaignPerformanceController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/performance')
  @AllowRoles('affiliate', 'advertiser')
  @ApiOperation({
    summary: "A campaign's traffic, conversions, money and ratios, in all and per affiliate.",
    description:
      'Read from hourly rollups, so `from` and `to` are rounded down to the hour (from inclusive, to exclusive); the bounds applied are echoed. Money is in major units of the campaign payout currency. An affiliate key gets the figures of its own traffic only, without revenue, profit, EPC and ROI, and only for campaigns it has sent clicks or impressions to (another campaign is a 404); an advertiser key gets its own campaigns only (another campaign is a 404), without cost, profit and ROI.',
  })
  @ApiIdParam('The campaign id.')
  @ApiOkResponse({ type: CampaignPerformanceResponse })
  @ApiProblemResponses(404, 422)
  getCampaignPerformance(
    @Param('id') id: string,
    @Query() query: CampaignPerformanceQueryDto,
    @Caller() caller: CallerScope,
  ): Promise<CampaignPerformanceView> {
    return this.queries.execute(
      new GetCampaignPerformanceQuery(
        id,
        query.from === undefined ? undefined : new Date(query.from),
        query.to === undefined ? undefined : new Date(query.to),
        caller,
      ),
    );
  }
}
