import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  APP_CONFIG,
  type AppConfig,
  AllowRoles,
  Caller,
  type CallerScope,
  ApiProblemResponses,
  DEFAULT_PAGE_SIZE,
  type Page,
  publicBaseUrl,
  ApiIdParam,
} from '@app/platform';
import type { FastifyRequest } from 'fastify';
import { ChangeCampaignStatusCommand } from '../application/commands/change-campaign-status/change-campaign-status.command.js';
import { CreateCampaignCommand } from '../application/commands/create-campaign/create-campaign.command.js';
import { UpdateCampaignCommand } from '../application/commands/update-campaign/update-campaign.command.js';
import type { CampaignView } from '../application/queries/campaign.view.js';
import { GetCampaignQuery } from '../application/queries/get-campaign/get-campaign.query.js';
import {
  type CampaignLinksView,
  GetCampaignLinksQuery,
} from '../application/queries/get-campaign-links/get-campaign-links.query.js';
import { ListCampaignsQuery } from '../application/queries/list-campaigns/list-campaigns.query.js';
import type { NewCampaignInput } from '../domain/campaign.js';
import type { StatusAction } from '../domain/campaign-status.js';
import {
  CampaignLinksResponse,
  CampaignPageResponse,
  CampaignResponse,
} from './dto/campaign.response.js';
import { CreateCampaignDto, toCampaignInput } from './dto/create-campaign.dto.js';
import { ListCampaignsQueryDto } from './dto/list-campaigns.query-dto.js';
import { UpdateCampaignDto } from './dto/update-campaign.dto.js';

@ApiTags('campaigns')
@Controller('v1/campaigns')
export class CampaignsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @AllowRoles('advertiser')
  @ApiOperation({
    summary: 'List campaigns, newest first, optionally by status.',
    description: 'An advertiser key lists the campaigns that name it, without `payout`.',
  })
  @ApiOkResponse({ type: CampaignPageResponse })
  @ApiProblemResponses(422)
  listCampaigns(
    @Query() query: ListCampaignsQueryDto,
    @Caller() caller: CallerScope,
  ): Promise<Page<CampaignView>> {
    return this.queries.execute(
      new ListCampaignsQuery(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor, query.status, caller),
    );
  }

  @Post()
  @ApiOperation({ summary: 'Create a campaign (status draft).' })
  @ApiCreatedResponse({ type: CampaignResponse })
  @ApiProblemResponses(400, 415, 422)
  async createCampaign(@Body() body: CreateCampaignDto): Promise<CampaignView> {
    const id = await this.commands.execute(
      new CreateCampaignCommand(toCampaignInput(body) as NewCampaignInput),
    );
    return this.queries.execute(new GetCampaignQuery(id));
  }

  @Get(':id')
  @AllowRoles('advertiser')
  @ApiOperation({
    summary: 'Get one campaign.',
    description:
      "An advertiser key reads the campaigns that name it, without `payout`; another's is a 404.",
  })
  @ApiOkResponse({ type: CampaignResponse })
  @ApiIdParam('The campaign id.')
  @ApiProblemResponses(404)
  getCampaign(@Param('id') id: string, @Caller() caller: CallerScope): Promise<CampaignView> {
    return this.queries.execute(new GetCampaignQuery(id, caller));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the listed fields of a campaign; unknown fields are refused.' })
  @ApiOkResponse({ type: CampaignResponse })
  @ApiIdParam('The campaign id.')
  @ApiProblemResponses(400, 404, 409, 415, 422)
  async updateCampaign(
    @Param('id') id: string,
    @Body() body: UpdateCampaignDto,
  ): Promise<CampaignView> {
    await this.commands.execute(new UpdateCampaignCommand(id, toCampaignInput(body)));
    return this.queries.execute(new GetCampaignQuery(id));
  }

  @Post(':id/activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Activate a draft or paused campaign (409 if its schedule has ended).' })
  @ApiOkResponse({ type: CampaignResponse })
  @ApiIdParam('The campaign id.')
  @ApiProblemResponses(404, 409)
  activateCampaign(@Param('id') id: string): Promise<CampaignView> {
    return this.changeStatus(id, 'activate');
  }

  @Post(':id/pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pause an active campaign.' })
  @ApiOkResponse({ type: CampaignResponse })
  @ApiIdParam('The campaign id.')
  @ApiProblemResponses(404, 409)
  pauseCampaign(@Param('id') id: string): Promise<CampaignView> {
    return this.changeStatus(id, 'pause');
  }

  @Post(':id/complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Complete an active or paused campaign; completed is final.' })
  @ApiOkResponse({ type: CampaignResponse })
  @ApiIdParam('The campaign id.')
  @ApiProblemResponses(404, 409)
  completeCampaign(@Param('id') id: string): Promise<CampaignView> {
    return this.changeStatus(id, 'complete');
  }

  @Get(':id/links')
  @ApiOperation({ summary: 'The tracking link of this campaign for every affiliate.' })
  @ApiOkResponse({ type: CampaignLinksResponse })
  @ApiIdParam('The campaign id.')
  @ApiProblemResponses(404)
  getCampaignLinks(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ): Promise<CampaignLinksView> {
    return this.queries.execute(new GetCampaignLinksQuery(id, publicBaseUrl(request, this.config)));
  }

  private async changeStatus(id: string, action: StatusAction): Promise<CampaignView> {
    await this.commands.execute(new ChangeCampaignStatusCommand(id, action));
    return this.queries.execute(new GetCampaignQuery(id));
  }
}
