import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, ApiIdParam, ApiProblemResponses } from '@app/platform';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { ChurnRecalculationView } from '../application/commands/recalculate-churn/recalculate-churn.command.js';
import { RecalculateChurnCommand } from '../application/commands/recalculate-churn/recalculate-churn.command.js';
import {
  type AutomationRunView,
  RunRetentionAutomationCommand,
} from '../application/commands/run-retention-automation/run-retention-automation.command.js';
import {
  type CampaignPerformanceView,
  GetCampaignPerformanceQuery,
} from '../application/queries/get-campaign-performance/get-campaign-performance.query.js';
import {
  type CustomerAnalysisView,
  GetCustomerAnalysisQuery,
} from '../application/queries/get-customer-analysis/get-customer-analysis.query.js';
import {
  GetRetentionAnalyticsQuery,
  type RetentionAnalyticsView,
} from '../application/queries/get-retention-analytics/get-retention-analytics.query.js';
import {
  type ChurnBacktestView,
  RunChurnBacktestCommand,
} from '../application/commands/run-churn-backtest/run-churn-backtest.command.js';
import { ChurnBacktestRequest, ChurnBacktestResponse } from './dto/churn-backtest.dto.js';
import { CustomerAnalysisResponse } from './dto/customer-analysis.response.js';
import {
  AutomationRunResponse,
  RetentionCampaignPerformanceResponse,
  ChurnRecalculationResponse,
  RetentionAnalyticsResponse,
} from './dto/insights.response.js';

class AnalyticsQueryDto {
  @ApiPropertyOptional({
    type: Number,
    description: 'N of the N-day cohort retention, 1-365 (default 30).',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;

  @ApiPropertyOptional({
    type: Number,
    description: 'How many 30-day periods of churn, 1-24 (default 6).',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24)
  periods?: number;
}

@ApiTags('retention')
@Controller('retention')
export class RetentionInsightsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('recalculate')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Recalculate every customer's engagement, churn probability, risk level and segment now.",
  })
  @ApiOkResponse({ type: ChurnRecalculationResponse })
  @ApiProblemResponses(409)
  recalculateRetention(): Promise<ChurnRecalculationView> {
    return this.commands.execute(new RecalculateChurnCommand());
  }

  @Post('automation/run')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Run the retention automation now: every active campaign enrols the customers of the latest churn predictions that match its trigger, as the scheduled run does.',
  })
  @ApiOkResponse({ type: AutomationRunResponse })
  @ApiProblemResponses(409)
  runRetentionAutomation(): Promise<AutomationRunView> {
    return this.commands.execute(new RunRetentionAutomationCommand());
  }

  @Post('backtest')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Fit the churn model on what was known at asOf, predict churn over the horizon that followed and compare with what happened: AUC, Brier score and calibration by decile.',
  })
  @ApiOkResponse({ type: ChurnBacktestResponse })
  @ApiProblemResponses(409, 422)
  runRetentionBacktest(@Body() body: ChurnBacktestRequest): Promise<ChurnBacktestView> {
    return this.commands.execute(
      new RunChurnBacktestCommand(
        body.asOf,
        body.horizonDays ?? this.config.retention.churnHorizonDays,
      ),
    );
  }

  @Get('campaign/:id/performance')
  @ApiOperation({
    summary:
      'Funnel, rates, revenue, ROI and 30-day retention of treatment against control, with the uplift.',
  })
  @ApiIdParam('The retention campaign id.')
  @ApiOkResponse({ type: RetentionCampaignPerformanceResponse })
  @ApiProblemResponses(404)
  getRetentionCampaignPerformance(@Param('id') id: string): Promise<CampaignPerformanceView> {
    return this.queries.execute(new GetCampaignPerformanceQuery(id));
  }

  @Get('user/:customerId/analysis')
  @ApiParam({
    name: 'customerId',
    description: "The advertiser's customer id, as in events and postbacks.",
    schema: { type: 'string', example: 'cust-88412' },
  })
  @ApiOperation({
    summary:
      "One customer's engagement profile, score, segment, churn risk with its drivers, campaigns and next best action.",
  })
  @ApiOkResponse({ type: CustomerAnalysisResponse })
  @ApiProblemResponses(404)
  getRetentionUserAnalysis(@Param('customerId') customerId: string): Promise<CustomerAnalysisView> {
    return this.queries.execute(new GetCustomerAnalysisQuery(customerId));
  }

  @Get('analytics')
  @ApiOperation({
    summary:
      'Churn-risk distribution, segment counts, N-day retention by acquisition cohort and churn rate over time.',
  })
  @ApiOkResponse({ type: RetentionAnalyticsResponse })
  @ApiProblemResponses(422)
  getRetentionAnalytics(@Query() query: AnalyticsQueryDto): Promise<RetentionAnalyticsView> {
    return this.queries.execute(
      new GetRetentionAnalyticsQuery(query.days ?? 30, query.periods ?? 6),
    );
  }
}
