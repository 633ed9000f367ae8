import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AllowRoles,
  ApiIdParam,
  ApiProblemResponses,
  Caller,
  type CallerScope,
  DEFAULT_PAGE_SIZE,
  type Page,
  PaginationQueryDto,
} from '@app/platform';
import { RegisterAdvertiserCommand } from '../application/commands/register-advertiser/register-advertiser.command.js';
import type { AdvertiserView } from '../application/queries/advertiser.view.js';
import { GetAdvertiserQuery } from '../application/queries/get-advertiser/get-advertiser.query.js';
import { ListAdvertisersQuery } from '../application/queries/list-advertisers/list-advertisers.query.js';
import {
  AdvertiserPageResponse,
  AdvertiserResponse,
  CreateAdvertiserDto,
} from './dto/advertiser.dto.js';

@ApiTags('campaigns')
@Controller('v1/advertisers')
export class AdvertisersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List advertisers, newest first.' })
  @ApiOkResponse({ type: AdvertiserPageResponse })
  @ApiProblemResponses(422)
  listAdvertisers(@Query() query: PaginationQueryDto): Promise<Page<AdvertiserView>> {
    return this.queries.execute(
      new ListAdvertisersQuery(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor),
    );
  }

  @Post()
  @ApiOperation({
    summary: 'Register an advertiser, to name on campaigns and to bind advertiser keys to.',
  })
  @ApiCreatedResponse({ type: AdvertiserResponse })
  @ApiProblemResponses(400, 409, 415, 422)
  async createAdvertiser(@Body() body: CreateAdvertiserDto): Promise<AdvertiserView> {
    const id = await this.commands.execute(new RegisterAdvertiserCommand(body));
    return this.queries.execute(new GetAdvertiserQuery(id));
  }

  @Get(':id')
  @AllowRoles('advertiser')
  @ApiOperation({
    summary: 'Get one advertiser.',
    description: 'An advertiser key reads its own advertiser only; any other id is a 404.',
  })
  @ApiOkResponse({ type: AdvertiserResponse })
  @ApiIdParam('The advertiser id.')
  @ApiProblemResponses(404)
  getAdvertiser(@Param('id') id: string, @Caller() caller: CallerScope): Promise<AdvertiserView> {
    return this.queries.execute(new GetAdvertiserQuery(id, caller));
  }
}
