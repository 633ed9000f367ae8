import { applyDecorators, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblemResponses, Public, RateLimited } from '@app/platform';
import type { FastifyRequest } from 'fastify';
import {
  type PostbackOutcome,
  RecordConversionCommand,
} from '../application/commands/record-conversion/record-conversion.command.js';
import { AuthenticatePostbackQuery } from '../application/queries/authenticate-postback/authenticate-postback.query.js';
import { CONVERSION_STATUSES } from '../domain/conversion-status.js';
import { parsePostbackParams } from './postback-params.js';
import { presentedCredentials } from './postback-credentials.js';

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
    false,
    "The advertiser's postback token (GET /v1/advertisers/{id}/postback-url); not needed on a signed postback.",
    '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b.1.q7c2Xh0vLwN3m9R1tYp5uE8kJd4sFa6bGz0iOeHn2Wc',
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

const AUTHENTICATION = `Authenticated by the credentials of the click's campaign's advertiser, either way:
- \`token\`: the advertiser's postback token, as its postback URL carries it;
- signed: headers \`X-Postback-Key\` (the advertiser's keyId), \`X-Postback-Timestamp\` (unix seconds) and \`X-Postback-Signature: v1=<hex>\`, the HMAC-SHA256 under its signingSecret of \`<timestamp>.<payload>\`, where the payload is the raw query string (GET, without \`?\`) or the raw body (POST) as sent. The secret never travels; a signature more than 5 minutes from now is refused.

A missing or wrong credential, and another advertiser's valid one, get the same 403.`;

/** Server-to-server conversion postbacks from advertisers, each with its own credentials. */
@ApiTags('tracking')
@RateLimited('postback')
@Public()
@Controller('v1/postback')
export class PostbackController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Record a conversion (postback by query string).',
    description: AUTHENTICATION,
  })
  @ApiPostbackParameters()
  @ApiOkResponse({ type: PostbackResponse })
  @ApiProblemResponses(403, 404, 422)
  recordPostback(@Req() request: FastifyRequest): Promise<PostbackResponse> {
    return this.record(request, request.query, undefined);
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record a conversion (postback by JSON or form body; query parameters also read).',
    description: AUTHENTICATION,
  })
  @ApiPostbackBody()
  @ApiOkResponse({ type: PostbackResponse })
  @ApiProblemResponses(400, 403, 404, 415, 422)
  submitPostback(@Req() request: FastifyRequest): Promise<PostbackResponse> {
    return this.record(request, request.query, request.body);
  }

  private async record(
    request: FastifyRequest,
    query: unknown,
    body: unknown,
  ): Promise<PostbackResponse> {
    // The credentials first: a caller without them learns nothing, not even what else is wrong.
    const advertiserId = await this.queries.execute(
      new AuthenticatePostbackQuery(presentedCredentials(request, query, body)),
    );
    const { token: _token, ...postback } = parsePostbackParams(query, body);
    const outcome = await this.commands.execute(
      new RecordConversionCommand(postback, advertiserId),
    );
    return {
      status: outcome.result,
      conversionId: outcome.conversionId,
      conversionStatus: outcome.conversionStatus,
    };
  }
}
