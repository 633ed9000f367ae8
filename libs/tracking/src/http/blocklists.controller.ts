import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblemResponses, DEFAULT_PAGE_SIZE, type Page, ApiIdParam } from '@app/platform';
import { AddBlocklistEntryCommand } from '../application/commands/add-blocklist-entry/add-blocklist-entry.command.js';
import { RemoveBlocklistEntryCommand } from '../application/commands/remove-blocklist-entry/remove-blocklist-entry.command.js';
import {
  type BlocklistEntryView,
  ListBlocklistEntriesQuery,
} from '../application/queries/list-blocklist-entries/list-blocklist-entries.query.js';
import {
  BlocklistEntryPageResponse,
  BlocklistEntryResponse,
  CreateBlocklistEntryDto,
  ListBlocklistEntriesQueryDto,
} from './dto/blocklist.dto.js';

@ApiTags('tracking')
@Controller('v1/tracking/blocklists')
export class BlocklistsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'List the blocked IPs, CIDR ranges and referrer domains, newest first.',
  })
  @ApiOkResponse({ type: BlocklistEntryPageResponse })
  @ApiProblemResponses(422)
  listBlocklistEntries(
    @Query() query: ListBlocklistEntriesQueryDto,
  ): Promise<Page<BlocklistEntryView>> {
    return this.queries.execute(
      new ListBlocklistEntriesQuery(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor, query.kind),
    );
  }

  @Post()
  @ApiOperation({
    summary:
      'Block an IP address, a CIDR range or a referrer domain; clicks from it go to the safe page.',
  })
  @ApiCreatedResponse({ type: BlocklistEntryResponse })
  @ApiProblemResponses(400, 409, 415, 422)
  async createBlocklistEntry(@Body() body: CreateBlocklistEntryDto): Promise<BlocklistEntryView> {
    const id = await this.commands.execute(
      new AddBlocklistEntryCommand(body.kind, body.value, body.note ?? null),
    );
    const page = await this.queries.execute(
      new ListBlocklistEntriesQuery(1, undefined, undefined, id),
    );
    return page.data[0];
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unblock: remove one entry.' })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiIdParam('The block list entry id.')
  @ApiProblemResponses(404)
  async deleteBlocklistEntry(@Param('id') id: string): Promise<void> {
    await this.commands.execute(new RemoveBlocklistEntryCommand(id));
  }
}
