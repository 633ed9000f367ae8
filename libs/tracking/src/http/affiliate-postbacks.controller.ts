import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AllowRoles,
  ApiProblemResponses,
  Caller,
  type CallerScope,
  DEFAULT_PAGE_SIZE,
  type Page,
} from '@app/platform';
import type { AffiliatePostbackView } from '../application/queries/list-affiliate-postbacks/affiliate-postback.view.js';
import { ListAffiliatePostbacksQuery } from '../application/queries/list-affiliate-postbacks/list-affiliate-postbacks.query.js';
import {
  AffiliatePostbackPageResponse,
  ListAffiliatePostbacksQueryDto,
} from './dto/affiliate-postback.dto.js';

/** The delivery log of outbound postbacks: what an affiliate was told, and whether it heard. */
@ApiTags('tracking')
@Controller('v1')
export class AffiliatePostbacksController {
  constructor(private readonly queries: QueryBus) {}

  @Get('affiliate-postbacks')
  @AllowRoles('affiliate')
  @ApiOperation({
    summary: "List the calls made to affiliates' postback URLs, newest first.",
    description:
      "One call per conversion news an affiliate with a postback URL is owed (a conversion recorded approved or pending, or a later status change), with its attempts and the last answer. An affiliate key lists the calls made to itself only. The called URL is not kept: it is built at each attempt from the affiliate's postback URL of that moment.",
  })
  @ApiOkResponse({ type: AffiliatePostbackPageResponse })
  @ApiProblemResponses(422)
  listAffiliatePostbacks(
    @Query() query: ListAffiliatePostbacksQueryDto,
    @Caller() caller: CallerScope,
  ): Promise<Page<AffiliatePostbackView>> {
    const filters = {
      affiliateId: query.affiliateId,
      conversionId: query.conversionId,
      status: query.status,
    };
    return this.queries.execute(
      new ListAffiliatePostbacksQuery(
        filters,
        query.limit ?? DEFAULT_PAGE_SIZE,
        query.cursor,
        caller,
      ),
    );
  }
}
