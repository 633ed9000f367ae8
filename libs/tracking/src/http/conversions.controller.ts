import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiProblemResponses,
  DEFAULT_PAGE_SIZE,
  type Page,
  ApiIdParam,
  AllowRoles,
  Caller,
  type CallerScope,
} from '@app/platform';
import type { ConversionView } from '../application/queries/conversion.view.js';
import { GetConversionQuery } from '../application/queries/get-conversion/get-conversion.query.js';
import { ListConversionsQuery } from '../application/queries/list-conversions/list-conversions.query.js';
import {
  ConversionPageResponse,
  ConversionResponse,
  ListConversionsQueryDto,
} from './dto/conversion.dto.js';

const SCOPE_NOTE =
  "An affiliate key sees its own conversions without `revenue` and `customerId`; an advertiser key sees its own campaigns' conversions without `payout`.";

@ApiTags('tracking')
@Controller('v1')
export class ConversionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('conversions')
  @AllowRoles('affiliate', 'advertiser')
  @ApiOperation({
    summary: 'List conversions, newest first, by campaign, affiliate, status and time.',
    description: SCOPE_NOTE,
  })
  @ApiOkResponse({ type: ConversionPageResponse })
  @ApiProblemResponses(422)
  listConversions(
    @Query() query: ListConversionsQueryDto,
    @Caller() caller: CallerScope,
  ): Promise<Page<ConversionView>> {
    const filters = {
      campaignId: query.campaignId,
      affiliateId: query.affiliateId,
      status: query.status,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    };
    return this.queries.execute(
      new ListConversionsQuery(filters, query.limit ?? DEFAULT_PAGE_SIZE, query.cursor, caller),
    );
  }

  @Get('conversions/:id')
  @AllowRoles('affiliate', 'advertiser')
  @ApiOperation({
    summary: 'Get one conversion.',
    description: `${SCOPE_NOTE} A conversion outside them is a 404.`,
  })
  @ApiOkResponse({ type: ConversionResponse })
  @ApiIdParam('The conversion id.')
  @ApiProblemResponses(404)
  getConversion(@Param('id') id: string, @Caller() caller: CallerScope): Promise<ConversionView> {
    return this.queries.execute(new GetConversionQuery(id, caller));
  }
}
