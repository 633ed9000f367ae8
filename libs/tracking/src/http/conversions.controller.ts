import { Controller, Get, Inject, Param, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  APP_CONFIG,
  type AppConfig,
  ApiProblemResponses,
  DEFAULT_PAGE_SIZE,
  type Page,
  publicBaseUrl,
  ApiIdParam,
  AllowRoles,
  Caller,
  type CallerScope,
} from '@app/platform';
import type { FastifyRequest } from 'fastify';
import type { ConversionView } from '../application/queries/conversion.view.js';
import { GetConversionQuery } from '../application/queries/get-conversion/get-conversion.query.js';
import { ListConversionsQuery } from '../application/queries/list-conversions/list-conversions.query.js';
import { postbackToken } from '../domain/postback-token.js';
import {
  ConversionPageResponse,
  ConversionResponse,
  ListConversionsQueryDto,
  PostbackUrlResponse,
} from './dto/conversion.dto.js';

const URL_TEMPLATE =
  'click_id={click_id}&txid={txid}&revenue={revenue}&currency={currency}&status={status}&customer_id={customer_id}';

const SCOPE_NOTE =
  "An affiliate key sees its own conversions without `revenue` and `customerId`; an advertiser key sees its own campaigns' conversions without `payout`.";

@ApiTags('tracking')
@Controller('v1')
export class ConversionsController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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

  @Get('tracking/postback-url')
  @ApiOperation({ summary: 'The postback URL template (with its token) to give advertisers.' })
  @ApiOkResponse({ type: PostbackUrlResponse })
  getPostbackUrl(@Req() request: FastifyRequest): PostbackUrlResponse {
    const token = postbackToken(this.config.secretKey);
    return {
      token,
      url: `${publicBaseUrl(request, this.config)}/v1/postback?token=${token}&${URL_TEMPLATE}`,
    };
  }
}
