import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiIdParam, ApiProblemResponses, DEFAULT_PAGE_SIZE, type Page } from '@app/platform';
import { CreateApiKeyCommand } from '../application/commands/create-api-key/create-api-key.command.js';
import { RevokeApiKeyCommand } from '../application/commands/revoke-api-key/revoke-api-key.command.js';
import type { ApiKeyView, CreatedApiKeyView } from '../application/queries/api-key.view.js';
import { ListApiKeysQuery } from '../application/queries/list-api-keys/list-api-keys.query.js';
import {
  ApiKeyPageResponse,
  CreateApiKeyDto,
  CreatedApiKeyResponse,
  ListApiKeysQueryDto,
} from './dto/api-key.dto.js';

/**
 * Key management: admins only (no @AllowRoles), so a partner cannot mint itself more power.
 * Tagged `platform` as before the access context existed, so the SDK keeps its shape.
 */
@ApiTags('platform')
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @ApiOperation({
    summary:
      'Create an API key for an admin, an affiliate or an advertiser; the key is shown once.',
    description:
      'An affiliate key needs `affiliateId`, an advertiser key `advertiserId`, each naming an existing partner (422 `AUTH.UNKNOWN_KEY_HOLDER` otherwise).',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyResponse })
  @ApiProblemResponses(400, 415, 422)
  createApiKey(@Body() body: CreateApiKeyDto): Promise<CreatedApiKeyView> {
    return this.commands.execute(new CreateApiKeyCommand(body));
  }

  @Get()
  @ApiOperation({
    summary: 'List API keys, newest first, revoked ones included; never the keys.',
    description: 'Filter by role, partner and state; the filters combine with AND.',
  })
  @ApiOkResponse({ type: ApiKeyPageResponse })
  @ApiProblemResponses(422)
  listApiKeys(@Query() query: ListApiKeysQueryDto): Promise<Page<ApiKeyView>> {
    return this.queries.execute(
      new ListApiKeysQuery(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor, {
        role: query.role,
        affiliateId: query.affiliateId,
        advertiserId: query.advertiserId,
        revoked: query.revoked,
      }),
    );
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key: it stops working at once, on every replica.' })
  @ApiNoContentResponse({ description: 'Revoked (again, if it already was).' })
  @ApiIdParam('The API key id.')
  @ApiProblemResponses(404)
  async revokeApiKey(@Param('id') id: string): Promise<void> {
    await this.commands.execute(new RevokeApiKeyCommand(id));
  }
}
