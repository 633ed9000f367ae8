import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  AllowRoles,
  ApiProblemResponses,
  Caller,
  type CallerScope,
  DEFAULT_PAGE_SIZE,
  type Page,
} from '@app/platform';
import type { ClickView } from '../application/queries/click.view.js';
import { GetClickQuery } from '../application/queries/get-click/get-click.query.js';
import { ListClicksQuery } from '../application/queries/list-clicks/list-clicks.query.js';
import { ClickPageResponse, ClickResponse } from './dto/click.response.js';
import { ListClicksQueryDto } from './dto/list-clicks.query-dto.js';

/** The stored clicks, read back: for support, fraud review and reconciling with advertisers. */
@ApiTags('tracking')
@Controller('v1')
export class ClicksController {
  constructor(private readonly queries: QueryBus) {}

  @Get('clicks')
  @AllowRoles('affiliate')
  @ApiOperation({
    summary:
      'List clicks, newest first, filtered by campaign, affiliate, time, bot, uniqueness or country.',
    description:
      'Filters combine with AND. `from` is inclusive and `to` exclusive. Bound the time where you can: raw clicks are many. An affiliate key lists its own clicks only.',
  })
  @ApiOkResponse({ type: ClickPageResponse })
  @ApiProblemResponses(422)
  listClicks(
    @Query() query: ListClicksQueryDto,
    @Caller() caller: CallerScope,
  ): Promise<Page<ClickView>> {
    return this.queries.execute(
      new ListClicksQuery(
        query.limit ?? DEFAULT_PAGE_SIZE,
        query.cursor,
        {
          campaignId: query.campaignId,
          affiliateId: query.affiliateId,
          from: query.from === undefined ? undefined : new Date(query.from),
          to: query.to === undefined ? undefined : new Date(query.to),
          bot: query.bot,
          unique: query.unique,
          country: query.country,
        },
        caller,
      ),
    );
  }

  @Get('click/:id')
  @AllowRoles('affiliate')
  @ApiOperation({
    summary: 'Get one click by its id (the X-Click-Id of the redirect).',
    description: "An affiliate key reads its own clicks only; another affiliate's click is a 404.",
  })
  @ApiParam({
    name: 'id',
    description: 'A click id: 24 base64url characters.',
    schema: { type: 'string', example: 'AZNvnnscfTqfAAK2xsHQ2pKx' },
  })
  @ApiOkResponse({ type: ClickResponse })
  @ApiProblemResponses(404)
  getClick(@Param('id') id: string, @Caller() caller: CallerScope): Promise<ClickView> {
    return this.queries.execute(new GetClickQuery(id, caller));
  }
}
