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

@ApiTags('tracking')
@Controller('v1')
export class ConversionsController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('conversions')
  @ApiOperation({
    summary: 'List conversions, newest first, by campaign, affiliate, status and time.',
  })
  @ApiOkResponse({ type: ConversionPageResponse })
  @ApiProblemResponses(422)
  listConversions(@Query() query: ListConversionsQueryDto): Promise<Page<ConversionView>> {
    const filters = {
      campaignId: query.campaignId,
      affiliateId: query.affiliateId,
      status: query.status,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    };
    return this.queries.execute(
      new ListConversionsQuery(filters, query.limit ?? DEFAULT_PAGE_SIZE, query.cursor),
    );
  }

  @Get('conversions/:id')
  @ApiOperation({ summary: 'Get one conversion.' })
  @ApiOkResponse({ type: ConversionResponse })
  @ApiIdParam('The conversion id.')
  @ApiProblemResponses(404)
  getConversion(@Param('id') id: string): Promise<ConversionView> {
    return this.queries.execute(new GetConversionQuery(id));
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
