import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIdParam, ApiProblemResponses, DEFAULT_PAGE_SIZE } from '@app/platform';
import { ChangeLeadStatusCommand } from '../application/commands/change-lead-status/change-lead-status.command.js';
import { EraseLeadCommand } from '../application/commands/erase-lead/erase-lead.command.js';
import { GetLeadQuery } from '../application/queries/get-lead/get-lead.query.js';
import type { LeadView } from '../application/queries/lead.view.js';
import {
  type HotLeadsView,
  ListHotLeadsQuery,
} from '../application/queries/list-hot-leads/list-hot-leads.query.js';
import {
  ChangeLeadStatusDto,
  HotLeadsQueryDto,
  HotLeadsResponse,
  LeadResponse,
} from './dto/lead.dto.js';

@ApiTags('leads')
@Controller('forms')
export class LeadsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('hot-leads')
  @ApiOperation({ summary: 'Open leads at or above a score, best first.' })
  @ApiOkResponse({ type: HotLeadsResponse })
  @ApiProblemResponses(422)
  listHotLeads(@Query() query: HotLeadsQueryDto): Promise<HotLeadsView> {
    return this.queries.execute(
      new ListHotLeadsQuery(query.threshold, query.limit ?? DEFAULT_PAGE_SIZE),
    );
  }

  @Get('lead/:id')
  @ApiOperation({ summary: 'A lead with its score breakdown, submissions and status history.' })
  @ApiOkResponse({ type: LeadResponse })
  @ApiIdParam('The lead id.')
  @ApiProblemResponses(404)
  getLead(@Param('id') id: string): Promise<LeadView> {
    return this.queries.execute(new GetLeadQuery(id));
  }

  @Patch('lead/:id')
  @ApiOperation({
    summary:
      "Move a lead along its workflow; converting raises LeadConverted with the deal's value.",
  })
  @ApiOkResponse({ type: LeadResponse })
  @ApiIdParam('The lead id.')
  @ApiProblemResponses(400, 404, 409, 415, 422)
  async changeLeadStatus(
    @Param('id') id: string,
    @Body() body: ChangeLeadStatusDto,
  ): Promise<LeadView> {
    const dealValue =
      body.dealValue !== undefined && body.currency !== undefined
        ? { amount: body.dealValue, currency: body.currency }
        : null;
    await this.commands.execute(new ChangeLeadStatusCommand(id, body.status, dealValue));
    return this.queries.execute(new GetLeadQuery(id));
  }

  @Delete('lead/:id')
  @HttpCode(204)
  @ApiOperation({
    summary:
      "Erase a lead's personal data (right to erasure); its anonymous counts stay in the funnel.",
  })
  @ApiNoContentResponse({ description: 'Erased (again, if it already was).' })
  @ApiIdParam('The lead id.')
  @ApiProblemResponses(404)
  async eraseLead(@Param('id') id: string): Promise<void> {
    await this.commands.execute(new EraseLeadCommand(id));
  }
}
