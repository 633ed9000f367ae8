import { applyDecorators, Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  APP_CONFIG,
  type AppConfig,
  ApiProblemResponses,
  OpenToAnySite,
  VisitorRedirect,
  Public,
  publicBaseUrl,
  RateLimited,
  clientIp,
} from '@app/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RecordClickCommand } from '../application/commands/record-click/record-click.command.js';
import { RecordImpressionCommand } from '../application/commands/record-impression/record-impression.command.js';
import { headerValue, parseClickParameters } from './click-query.js';

/** The smallest transparent GIF: an impression pixel for an <img> tag. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const SUB_QUERIES = ['sub1', 'sub2', 'sub3', 'sub4', 'sub5'].map((name) =>
  ApiQuery({
    name,
    required: false,
    type: String,
    description: `Affiliate sub id ${name.slice(3)}, up to 255 characters.`,
    example: `${name}-value`,
  }),
);

/** The ids a tracking link and an impression pixel carry. */
const ApiCampaignAndAffiliateQueries = () =>
  applyDecorators(
    ApiQuery({
      name: 'campaign_id',
      required: true,
      type: String,
      description: 'The campaign id.',
      example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b',
    }),
    ApiQuery({
      name: 'affiliate_id',
      required: false,
      type: String,
      description: 'The affiliate id.',
      example: '0193a1b2-8d5e-7f60-9bac-1d2e3f4a5b6c',
    }),
  );

@ApiTags('tracking')
@RateLimited('click')
@Public()
@Controller('v1')
export class ClickController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('click')
  @VisitorRedirect()
  @ApiOperation({
    summary:
      'Follow a tracking link: records the click, then redirects to the offer or the safe page.',
    description:
      'The click is stored before the 302 is sent. Bots, blocked traffic and visitors the campaign cannot take go to the safe page. Unknown parameters are ignored.',
  })
  @ApiCampaignAndAffiliateQueries()
  @ApiQuery({
    name: 'external_id',
    required: false,
    type: String,
    description: 'Your own id for the visit.',
    example: 'visit-7731',
  })
  @applyDecorators(...SUB_QUERIES)
  @ApiResponse({
    status: 302,
    description:
      'Location: the offer URL with its macros filled, or the safe page; X-Click-Id: the click id.',
  })
  @ApiProblemResponses(404, 422)
  async followTrackingLink(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const parameters = parseClickParameters(request.query, ['campaign_id']);
    const { clickId, location } = await this.commands.execute(
      new RecordClickCommand({
        campaignId: parameters.campaign_id!,
        affiliateId: parameters.affiliate_id,
        sub1: parameters.sub1,
        sub2: parameters.sub2,
        sub3: parameters.sub3,
        sub4: parameters.sub4,
        sub5: parameters.sub5,
        externalId: parameters.external_id,
        ip: clientIp(request),
        userAgent: headerValue(request.headers['user-agent'], 1024) ?? '',
        referrer: headerValue(request.headers.referer, 2048),
        baseUrl: publicBaseUrl(request, this.config),
      }),
    );
    await reply
      .status(302)
      .header('location', location)
      .header('x-click-id', clickId)
      .header('cache-control', 'no-store')
      .send();
  }

  @Get('impression')
  @OpenToAnySite()
  @ApiOperation({
    summary: 'Count an impression of a campaign (a 1x1 GIF for an <img> tag), so CTR is real.',
  })
  @ApiCampaignAndAffiliateQueries()
  @applyDecorators(SUB_QUERIES[0])
  @ApiResponse({ status: 200, description: 'A transparent 1x1 GIF.', content: { 'image/gif': {} } })
  @ApiProblemResponses(404, 422)
  async countImpression(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const parameters = parseClickParameters(request.query, ['campaign_id']);
    await this.commands.execute(
      new RecordImpressionCommand(parameters.campaign_id!, parameters.affiliate_id, {
        ip: clientIp(request),
        userAgent: headerValue(request.headers['user-agent'], 1024) ?? '',
        sub1: parameters.sub1,
      }),
    );
    await reply
      .status(200)
      .header('content-type', 'image/gif')
      .header('cache-control', 'no-store')
      .send(PIXEL);
  }
}
