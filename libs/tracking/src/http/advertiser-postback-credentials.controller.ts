import { Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AllowRoles,
  APP_CONFIG,
  type AppConfig,
  ApiIdParam,
  ApiProblemResponses,
  Caller,
  type CallerScope,
  publicBaseUrl,
} from '@app/platform';
import type { FastifyRequest } from 'fastify';
import { RotatePostbackSecretCommand } from '../application/commands/rotate-postback-secret/rotate-postback-secret.command.js';
import type { AdvertiserPostbackUrlView } from '../application/queries/get-advertiser-postback-url/advertiser-postback-url.view.js';
import { GetAdvertiserPostbackUrlQuery } from '../application/queries/get-advertiser-postback-url/get-advertiser-postback-url.query.js';
import { AdvertiserPostbackUrlResponse } from './dto/advertiser-postback-url.dto.js';

const SCOPE_NOTE = "An advertiser key reaches its own advertiser's only; any other id is a 404.";

/** Each advertiser's own postback credentials: the URL to configure, and their rotation. */
@ApiTags('tracking')
@Controller('v1/advertisers/:id')
export class AdvertiserPostbackCredentialsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('postback-url')
  @AllowRoles('advertiser')
  @ApiOperation({
    summary: "The advertiser's postback URL, with its own token, to configure in its systems.",
    description: SCOPE_NOTE,
  })
  @ApiOkResponse({ type: AdvertiserPostbackUrlResponse })
  @ApiIdParam('The advertiser id.')
  @ApiProblemResponses(404)
  getPostbackUrl(
    @Param('id') id: string,
    @Caller() caller: CallerScope,
    @Req() request: FastifyRequest,
  ): Promise<AdvertiserPostbackUrlView> {
    return this.queries.execute(
      new GetAdvertiserPostbackUrlQuery(id, caller, publicBaseUrl(request, this.config)),
    );
  }

  @Post('postback-secret/rotate')
  @HttpCode(200)
  @AllowRoles('advertiser')
  @ApiOperation({
    summary: 'Put a new postback secret in force; the previous one works for a grace period.',
    description: `The answer carries the new URL. The previous token and signing secret keep working for POSTBACK_SECRET_GRACE_HOURS (24 by default), then are refused; a second rotation within that time ends the older one at once. ${SCOPE_NOTE}`,
  })
  @ApiOkResponse({ type: AdvertiserPostbackUrlResponse })
  @ApiIdParam('The advertiser id.')
  @ApiProblemResponses(404)
  async rotatePostbackSecret(
    @Param('id') id: string,
    @Caller() caller: CallerScope,
    @Req() request: FastifyRequest,
  ): Promise<AdvertiserPostbackUrlView> {
    await this.commands.execute(new RotatePostbackSecretCommand(id, caller));
    return this.getPostbackUrl(id, caller, request);
  }
}
