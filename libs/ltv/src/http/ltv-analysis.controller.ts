import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '@app/platform';
import { IsIn, IsOptional } from 'class-validator';
import { RecalculateLtvCommand } from '../application/commands/recalculate-ltv/recalculate-ltv.command.js';
import type { CustomerLtvDetailView } from '../application/queries/get-customer/customer-ltv-detail.view.js';
import { GetCustomerQuery } from '../application/queries/get-customer/get-customer.query.js';
import { GetLtvAnalysisQuery } from '../application/queries/get-ltv-analysis/get-ltv-analysis.query.js';
import type { LtvAnalysisView } from '../application/queries/get-ltv-analysis/ltv-analysis.view.js';
import type { LtvModelView } from '../application/queries/ltv-model.view.js';
import { CustomerLtvResponse } from './dto/customer-ltv.response.js';
import { LtvAnalysisResponse, LtvModelDto } from './dto/ltv-responses.dto.js';
import { RecalculateLtvDto } from './dto/recalculate.dto.js';

class AnalysisQueryDto {
  @ApiProperty({ enum: ['month', 'quarter'], required: false, default: 'month' })
  @IsOptional()
  @IsIn(['month', 'quarter'])
  period?: 'month' | 'quarter';
}

@ApiTags('ltv')
@Controller('ltv')
export class LtvAnalysisController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('recalculate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Fit BG/NBD and Gamma-Gamma on the whole base and refresh every prediction.',
    description:
      'Only purchases up to asOf count (default now), so history can be analysed as of any day. 409 LTV.NOT_ENOUGH_DATA when no customer has a purchase; a base too small to fit, or a fit that does not converge, answers with the observed-rate fallback named in basis.',
  })
  @ApiOkResponse({ type: LtvModelDto })
  @ApiProblemResponses(400, 409, 415, 422)
  recalculateLtv(@Body() body: RecalculateLtvDto): Promise<LtvModelView> {
    return this.commands.execute(
      new RecalculateLtvCommand(body.asOf ? new Date(body.asOf) : undefined),
    );
  }

  @Get('analysis')
  @ApiOperation({
    summary: 'The base: summary, fitted model, cohorts, segment distribution and top customers.',
  })
  @ApiOkResponse({ type: LtvAnalysisResponse })
  @ApiProblemResponses(422)
  getLtvAnalysis(@Query() query: AnalysisQueryDto): Promise<LtvAnalysisView> {
    return this.queries.execute(new GetLtvAnalysisQuery(query.period ?? 'month'));
  }

  @Get('customer/:customerId')
  @ApiParam({
    name: 'customerId',
    description: "The advertiser's customer id, as in the transactions and postbacks.",
    schema: { type: 'string', example: 'cust-88412' },
  })
  @ApiOperation({
    summary: "One customer's purchases, historical and predicted CLV, P(alive) and segment.",
  })
  @ApiOkResponse({ type: CustomerLtvResponse })
  @ApiProblemResponses(404)
  getLtvCustomer(@Param('customerId') customerId: string): Promise<CustomerLtvDetailView> {
    return this.queries.execute(new GetCustomerQuery(customerId));
  }
}
