import { applyDecorators, Controller, Get, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import {
  APP_CONFIG,
  type AppConfig,
  ApiProblemResponses,
  Public,
  RateLimited,
} from '@app/platform';
import type { FastifyRequest } from 'fastify';
import {
  type PostbackOutcome,
  RecordConversionCommand,
} from '../application/commands/record-conversion/record-conversion.command.js';
import { CONVERSION_STATUSES } from '../domain/conversion-status.js';
import { isPostbackToken } from '../domain/postback-token.js';
import { invalidPostbackToken } from '../domain/tracking.errors.js';
import { parsePostbackParams, postbackTokenOf } from './postback-params.js';

class PostbackResponse {
  @ApiProperty({
    enum: ['recorded', 'updated', 'duplicate'],
    description:
      'recorded: a new conversion; updated: a known transaction changed status; duplicate: nothing changed.',
    example: 'recorded',
  })
  status!: PostbackOutcome['result'];

  @ApiProperty({ example: '01936f9e-9d3e-7f5c-b122-4d8e3a2f6c33' })
  conversionId!: string;

  @ApiProperty({
    enum: CONVERSION_STATUSES,
    description: 'rejected when the click is older than the lookback window.',
  })
  conversionStatus!: PostbackOutcome['conversionStatus'];
}

/** The postback's parameters: name, required, description, example. */
const PARAMETERS: [name: string, required: boolean, description: string, example: string][] = [
  [
    'token',
    true,
    'The postback token (see GET /v1/tracking/postback-url).',
    'ypgkbrLEtkzGoE8u1avL0gxiqBA6hu2bstNe98Ovnp4',
  ],
  [
    'click_id',
    true,
    'The click id the offer URL received through {click_id}.',
    'AZNvnnscfTqfAAK2xsHQ2pKx',
  ],
  ['txid', false, 'Transaction id; absent means one conversion per click.', 'ORDER-10045'],
  ['revenue', false, 'Revenue in major units, e.g. 49.90.', '49.90'],
  [
    'payout',
    false,
    "Affiliate payout in major units; default: the campaign's payout rule.",
    '12.50',
  ],
  ['currency', false, "ISO 4217; must be the campaign's payout currency (the default).", 'USD'],
  ['status', false, 'approved (default), pending or rejected.', 'approved'],
  [
    'customer_id',
    false,
    "The advertiser's customer id, to follow the customer's lifetime value.",
    'cust-88412',
  ],
];
const ApiPostbackParameters = () =>
  applyDecorators(
    ...PARAMETERS.map(([name, required, description, example]) =>
      ApiQuery({ name, required, description, type: String, example }),
    ),
  );

/**
 * The same parameters as a JSON or form body (the query string may carry some of them, so
 * none is required in the body alone); unknown ones are ignored, as in the query string.
 */
const POSTBACK_BODY_SCHEMA = {
  type: 'object' as const,
  additionalProperties: true,
  properties: Object.fromEntries(
    PARAMETERS.map(([name, , description, example]) => [
      name,
      { type: 'string' as const, description, example },
    ]),
  ),
};
const ApiPostbackBody = () =>
  applyDecorators(
    ApiConsumes('application/json', 'application/x-www-form-urlencoded'),
    ApiBody({ required: false, schema: POSTBACK_BODY_SCHEMA }),
  );

/** Server-to-server conversion postbacks from advertisers; authenticated by the postback token. */
@ApiTags('tracking')
@RateLimited('postback')
@Public()
@Controller('v1/postback')
export class PostbackController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Record a conversion (postback by query string).' })
  @ApiPostbackParameters()
  @ApiOkResponse({ type: PostbackResponse })
  @ApiProblemResponses(403, 404, 422)
  recordPostback(@Req() request: FastifyRequest): Promise<PostbackResponse> {
    return this.record(request.query, undefined);
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record a conversion (postback by JSON or form body; query parameters also read).',
  })
  @ApiPostbackBody()
  @ApiOkResponse({ type: PostbackResponse })
  @ApiProblemResponses(400, 403, 404, 415, 422)
  submitPostback(@Req() request: FastifyRequest): Promise<PostbackResponse> {
    return this.record(request.query, request.body);
  }

  private async record(query: unknown, body: unknown): Promise<PostbackResponse> {
    // The token first: a caller without it learns nothing, not even what else is wrong.
    if (!isPostbackToken(this.config.secretKey, postbackTokenOf(query, body)))
      throw invalidPostbackToken();
    const { token: _token, ...postback } = parsePostbackParams(query, body);
    const outcome = await this.commands.execute(new RecordConversionCommand(postback));
    return {
      status: outcome.result,
      conversionId: outcome.conversionId,
      conversionStatus: outcome.conversionStatus,
    };
  }
}
