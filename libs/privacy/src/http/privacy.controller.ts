import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiIdParam,
  type ApiPrincipal,
  ApiProblemResponses,
  CurrentPrincipal,
} from '@app/platform';
import { RequestErasureCommand } from '../application/commands/request-erasure/request-erasure.command.js';
import type { ErasureView } from '../application/queries/erasure.view.js';
import { GetErasureQuery } from '../application/queries/get-erasure/get-erasure.query.js';
import { ErasureResponse } from './dto/erasure.response.js';
import { RequestErasureDto } from './dto/request-erasure.dto.js';

@ApiTags('privacy')
@Controller('v1/privacy/erasures')
export class PrivacyController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary:
      "Erase a customer's personal data in every context (admin); answers at once, the contexts follow within seconds.",
  })
  @ApiAcceptedResponse({ type: ErasureResponse })
  @ApiProblemResponses(400, 403, 415, 422)
  async requestErasure(
    @Body() body: RequestErasureDto,
    @CurrentPrincipal() principal: ApiPrincipal,
  ): Promise<ErasureView> {
    const id = await this.commands.execute(
      new RequestErasureCommand(body.customerId, body.email ?? null, {
        keyId: principal.keyId,
        name: principal.name,
      }),
    );
    return this.queries.execute(new GetErasureQuery(id));
  }

  @Get(':id')
  @ApiOperation({
    summary: 'An erasure and its audit: who asked, when, and what each context did.',
  })
  @ApiOkResponse({ type: ErasureResponse })
  @ApiIdParam('The erasure id.')
  @ApiProblemResponses(403, 404)
  getErasure(@Param('id') id: string): Promise<ErasureView> {
    return this.queries.execute(new GetErasureQuery(id));
  }
}
