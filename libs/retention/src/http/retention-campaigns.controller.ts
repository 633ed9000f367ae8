import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiIdParam,
  ApiProblemResponses,
  DEFAULT_PAGE_SIZE,
  type Page,
  PaginationQueryDto,
} from '@app/platform';
import { IsIn, IsOptional } from 'class-validator';
import { ChangeRetentionCampaignStatusCommand } from '../application/commands/change-retention-campaign-status/change-retention-campaign-status.command.js';
import { CreateRetentionCampaignCommand } from '../application/commands/create-retention-campaign/create-retention-campaign.command.js';
import {
  type EventBatchReport,
  RecordEventsCommand,
} from '../application/commands/record-events/record-events.command.js';
import { UpdateRetentionCampaignCommand } from '../application/commands/update-retention-campaign/update-retention-campaign.command.js';
import { GetRetentionCampaignQuery } from '../application/queries/get-retention-campaign/get-retention-campaign.query.js';
import {
  type CampaignMessageView,
  ListCampaignMessagesQuery,
} from '../application/queries/list-campaign-messages/list-campaign-messages.query.js';
import { ListRetentionCampaignsQuery } from '../application/queries/list-retention-campaigns/list-retention-campaigns.query.js';
import type { RetentionCampaignView } from '../application/queries/retention-campaign.view.js';
import {
  CAMPAIGN_STATUSES,
  type RetentionCampaignStatus,
  type StatusAction,
} from '../domain/campaign-status.js';
import {
  CreateRetentionCampaignDto,
  UpdateRetentionCampaignDto,
} from './dto/campaign-request.dto.js';
import {
  RetentionCampaignListResponse,
  RetentionCampaignResponse,
} from './dto/campaign.response.js';
import {
  CampaignMessagePageDto,
  ListCampaignMessagesQueryDto,
} from './dto/campaign-messages.dto.js';
import { CampaignOutcomeBatchDto, EventBatchReportDto } from './dto/event-batch.dto.js';
import { eventsOf } from './events-body.js';

class ListRetentionCampaignsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES, description: 'Only campaigns in this status.' })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: RetentionCampaignStatus;
}

@ApiTags('retention')
@Controller('retention/campaigns')
export class RetentionCampaignsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a retention campaign (status draft).' })
  @ApiCreatedResponse({ type: RetentionCampaignResponse })
  @ApiProblemResponses(400, 415, 422)
  createRetentionCampaign(
    @Body() body: CreateRetentionCampaignDto,
  ): Promise<RetentionCampaignView> {
    return this.commands.execute(new CreateRetentionCampaignCommand(body));
  }

  @Get()
  @ApiOperation({ summary: 'List retention campaigns, newest first, optionally by status.' })
  @ApiOkResponse({ type: RetentionCampaignListResponse })
  @ApiProblemResponses(422)
  listRetentionCampaigns(
    @Query() query: ListRetentionCampaignsQueryDto,
  ): Promise<Page<RetentionCampaignView>> {
    return this.queries.execute(
      new ListRetentionCampaignsQuery(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor, query.status),
    );
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get one retention campaign.' })
  @ApiIdParam('The retention campaign id.')
  @ApiOkResponse({ type: RetentionCampaignResponse })
  @ApiProblemResponses(404)
  getRetentionCampaign(@Param('id') id: string): Promise<RetentionCampaignView> {
    return this.queries.execute(new GetRetentionCampaignQuery(id));
  }

  @Patch(':id')
  @ApiOperation({
    summary:
      'Change the listed settings (not of a completed campaign); with version, 409 if changed meanwhile.',
  })
  @ApiIdParam('The retention campaign id.')
  @ApiOkResponse({ type: RetentionCampaignResponse })
  @ApiProblemResponses(400, 404, 409, 415, 422)
  updateRetentionCampaign(
    @Param('id') id: string,
    @Body() body: UpdateRetentionCampaignDto,
  ): Promise<RetentionCampaignView> {
    const { version, ...input } = body;
    return this.commands.execute(new UpdateRetentionCampaignCommand(id, input, version));
  }

  @Post(':id/activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Activate a draft or paused retention campaign (409 otherwise).' })
  @ApiIdParam('The retention campaign id.')
  @ApiOkResponse({ type: RetentionCampaignResponse })
  @ApiProblemResponses(404, 409)
  activateRetentionCampaign(@Param('id') id: string): Promise<RetentionCampaignView> {
    return this.changeStatus(id, 'activate');
  }

  @Post(':id/pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pause an active retention campaign (409 otherwise).' })
  @ApiIdParam('The retention campaign id.')
  @ApiOkResponse({ type: RetentionCampaignResponse })
  @ApiProblemResponses(404, 409)
  pauseRetentionCampaign(@Param('id') id: string): Promise<RetentionCampaignView> {
    return this.changeStatus(id, 'pause');
  }

  @Post(':id/complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Complete an active or paused retention campaign; completed is final.' })
  @ApiIdParam('The retention campaign id.')
  @ApiOkResponse({ type: RetentionCampaignResponse })
  @ApiProblemResponses(404, 409)
  completeRetentionCampaign(@Param('id') id: string): Promise<RetentionCampaignView> {
    return this.changeStatus(id, 'complete');
  }

  @Post(':id/events')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Record outcomes of the campaign's messages (delivered, opened, clicked, converted), idempotent by eventId.",
  })
  @ApiIdParam('The retention campaign id.')
  @ApiBody({ type: CampaignOutcomeBatchDto })
  @ApiOkResponse({ type: EventBatchReportDto })
  @ApiProblemResponses(400, 404, 415, 422)
  recordRetentionCampaignEvents(
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<EventBatchReport> {
    return this.commands.execute(new RecordEventsCommand(eventsOf(body), id));
  }

  @Get(':id/messages')
  @ApiOperation({
    summary:
      "The campaign's messages, oldest first: what an external email, SMS or push sender sends, and webhook delivery states.",
  })
  @ApiIdParam('The retention campaign id.')
  @ApiOkResponse({ type: CampaignMessagePageDto })
  @ApiProblemResponses(404, 422)
  listRetentionCampaignMessages(
    @Param('id') id: string,
    @Query() query: ListCampaignMessagesQueryDto,
  ): Promise<{ data: CampaignMessageView[]; nextAfter: string | null }> {
    return this.queries.execute(
      new ListCampaignMessagesQuery(id, query.limit ?? 100, query.after, query.status),
    );
  }

  private changeStatus(id: string, action: StatusAction): Promise<RetentionCampaignView> {
    return this.commands.execute(new ChangeRetentionCampaignStatusCommand(id, action));
  }
}
