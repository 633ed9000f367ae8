import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
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
} from '@app/platform';
import { ChangeAffiliatePostbackCommand } from '../application/commands/change-affiliate-postback/change-affiliate-postback.command.js';
import { ChangeAffiliateStatusCommand } from '../application/commands/change-affiliate-status/change-affiliate-status.command.js';
import { RegisterAffiliateCommand } from '../application/commands/register-affiliate/register-affiliate.command.js';
import type { AffiliateView } from '../application/queries/affiliate.view.js';
import { GetAffiliateQuery } from '../application/queries/get-affiliate/get-affiliate.query.js';
import { ListAffiliatesQuery } from '../application/queries/list-affiliates/list-affiliates.query.js';
import {
  AffiliatePageResponse,
  AffiliateResponse,
  ChangeAffiliatePostbackDto,
  CreateAffiliateDto,
  ListAffiliatesQueryDto,
  SuspendedAffiliateResponse,
} from './dto/affiliate.dto.js';

@ApiTags('campaigns')
@Controller('v1/affiliates')
export class AffiliatesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List affiliates, newest first, optionally by status.' })
  @ApiOkResponse({ type: AffiliatePageResponse })
  @ApiProblemResponses(422)
  listAffiliates(@Query() query: ListAffiliatesQueryDto): Promise<Page<AffiliateView>> {
    return this.queries.execute(
      new ListAffiliatesQuery(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor, query.status),
    );
  }

  @Post()
  @ApiOperation({ summary: 'Register an affiliate (status active).' })
  @ApiCreatedResponse({ type: AffiliateResponse })
  @ApiProblemResponses(400, 409, 415, 422)
  async createAffiliate(@Body() body: CreateAffiliateDto): Promise<AffiliateView> {
    const id = await this.commands.execute(new RegisterAffiliateCommand(body));
    return this.queries.execute(new GetAffiliateQuery(id));
  }

  @Get(':id')
  @AllowRoles('affiliate')
  @ApiOperation({
    summary: 'Get one affiliate.',
    description: 'An affiliate key reads its own affiliate only; any other id is a 404.',
  })
  @ApiOkResponse({ type: AffiliateResponse })
  @ApiIdParam('The affiliate id.')
  @ApiProblemResponses(404)
  getAffiliate(@Param('id') id: string, @Caller() caller: CallerScope): Promise<AffiliateView> {
    return this.queries.execute(new GetAffiliateQuery(id, caller));
  }

  @Patch(':id/postback')
  @AllowRoles('affiliate')
  @ApiOperation({
    summary: "Set or clear an affiliate's postback URL.",
    description:
      'The one affiliate setting an affiliate key may change, on its own affiliate only (any other id is a 404); other fields in the body are refused.',
  })
  @ApiOkResponse({ type: AffiliateResponse })
  @ApiIdParam('The affiliate id.')
  @ApiProblemResponses(400, 404, 415, 422)
  async changeAffiliatePostback(
    @Param('id') id: string,
    @Body() body: ChangeAffiliatePostbackDto,
    @Caller() caller: CallerScope,
  ): Promise<AffiliateView> {
    await this.commands.execute(new ChangeAffiliatePostbackCommand(id, body.postbackUrl, caller));
    return this.queries.execute(new GetAffiliateQuery(id, caller));
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Suspend an affiliate: its clicks go to the safe page and its API keys are revoked.',
    description:
      'Clicks through the affiliate go to the safe page, recorded as blocked with the reason affiliate_suspended, within seconds on every replica. Its API keys are revoked at once, and no new one can be created while it is suspended. Suspending a suspended affiliate changes nothing but revokes any key left.',
  })
  @ApiOkResponse({ type: SuspendedAffiliateResponse })
  @ApiIdParam('The affiliate id.')
  @ApiProblemResponses(404)
  async suspendAffiliate(
    @Param('id') id: string,
  ): Promise<AffiliateView & { revokedApiKeys: number }> {
    const revokedApiKeys = await this.commands.execute(
      new ChangeAffiliateStatusCommand(id, 'suspended'),
    );
    return { ...(await this.queries.execute(new GetAffiliateQuery(id))), revokedApiKeys };
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reactivate a suspended affiliate: its clicks reach the offer again.',
    description:
      'Keys revoked at suspension stay revoked: create a new one with POST /v1/api-keys. Reactivating an active affiliate changes nothing.',
  })
  @ApiOkResponse({ type: AffiliateResponse })
  @ApiIdParam('The affiliate id.')
  @ApiProblemResponses(404)
  async reactivateAffiliate(@Param('id') id: string): Promise<AffiliateView> {
    await this.commands.execute(new ChangeAffiliateStatusCommand(id, 'active'));
    return this.queries.execute(new GetAffiliateQuery(id));
  }
}
