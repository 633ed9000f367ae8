import { Module } from '@nestjs/common';
import { ChangeRetentionCampaignStatusHandler } from './application/commands/change-retention-campaign-status/change-retention-campaign-status.handler.js';
import { CreateRetentionCampaignHandler } from './application/commands/create-retention-campaign/create-retention-campaign.handler.js';
import { RecalculateChurnHandler } from './application/commands/recalculate-churn/recalculate-churn.handler.js';
import { RunChurnBacktestHandler } from './application/commands/run-churn-backtest/run-churn-backtest.handler.js';
import { RecordEventsHandler } from './application/commands/record-events/record-events.handler.js';
import { RunRetentionAutomationHandler } from './application/commands/run-retention-automation/run-retention-automation.handler.js';
import { UpdateRetentionCampaignHandler } from './application/commands/update-retention-campaign/update-retention-campaign.handler.js';
import { ChurnModeller } from './application/churn-modeller.js';
import { CountConversionEngagementHandler } from './application/events/count-conversion-engagement.handler.js';
import { EraseCustomerRetentionDataHandler } from './application/events/erase-customer-retention-data.handler.js';
import { CustomerRetentionEraser } from './infrastructure/customer-retention-eraser.js';
import { GetCampaignPerformanceHandler } from './application/queries/get-campaign-performance/get-campaign-performance.handler.js';
import { GetCustomerAnalysisHandler } from './application/queries/get-customer-analysis/get-customer-analysis.handler.js';
import { GetRetentionAnalyticsHandler } from './application/queries/get-retention-analytics/get-retention-analytics.handler.js';
import { GetRetentionCampaignHandler } from './application/queries/get-retention-campaign/get-retention-campaign.handler.js';
import { ListCampaignMessagesHandler } from './application/queries/list-campaign-messages/list-campaign-messages.handler.js';
import { ListRetentionCampaignsHandler } from './application/queries/list-retention-campaigns/list-retention-campaigns.handler.js';
import { BehaviourEventsController } from './http/behaviour-events.controller.js';
import { RetentionCampaignsController } from './http/retention-campaigns.controller.js';
import { RetentionInsightsController } from './http/retention-insights.controller.js';
import { ActivityReader } from './infrastructure/activity-reader.js';
import { ChurnPredictionStore } from './domain/churn/churn-prediction-store.js';
import { EnrolmentCandidates } from './domain/enrolment-candidates.js';
import { EventStore } from './domain/event-store.js';
import { RetentionCampaignRepository } from './domain/retention-campaign.repository.js';
import { RetentionJobs } from './infrastructure/retention-jobs.js';
import { TypeormChurnPredictionStore } from './infrastructure/typeorm-churn-prediction-store.js';
import { TypeormEnrolmentCandidates } from './infrastructure/typeorm-enrolment-candidates.js';
import { TypeormEventStore } from './infrastructure/typeorm-event-store.js';
import { TypeormRetentionCampaignRepository } from './infrastructure/typeorm-retention-campaign.repository.js';
import { WebhookDelivery } from './infrastructure/webhook-delivery.js';

import { ListCustomerEventsHandler } from './application/queries/list-customer-events/list-customer-events.handler.js';
import { ListCustomerMessagesHandler } from './application/queries/list-customer-messages/list-customer-messages.handler.js';
const commandHandlers = [
  RecordEventsHandler,
  RecalculateChurnHandler,
  RunChurnBacktestHandler,
  CreateRetentionCampaignHandler,
  UpdateRetentionCampaignHandler,
  ChangeRetentionCampaignStatusHandler,
  RunRetentionAutomationHandler,
];
const queryHandlers = [
  ListRetentionCampaignsHandler,
  GetRetentionCampaignHandler,
  GetCampaignPerformanceHandler,
  GetCustomerAnalysisHandler,
  GetRetentionAnalyticsHandler,
  ListCampaignMessagesHandler,
  ListCustomerMessagesHandler,
  ListCustomerEventsHandler,
];
const eventHandlers = [CountConversionEngagementHandler, EraseCustomerRetentionDataHandler];

@Module({
  controllers: [
    BehaviourEventsController,
    RetentionCampaignsController,
    RetentionInsightsController,
  ],
  providers: [
    CustomerRetentionEraser,
    ...commandHandlers,
    ...queryHandlers,
    ...eventHandlers,
    ActivityReader,
    // The conversion engagement handler records within its own transaction (recordWithin).
    TypeormEventStore,
    ChurnModeller,
    WebhookDelivery,
    RetentionJobs,
    { provide: EventStore, useClass: TypeormEventStore },
    { provide: RetentionCampaignRepository, useClass: TypeormRetentionCampaignRepository },
    { provide: ChurnPredictionStore, useClass: TypeormChurnPredictionStore },
    { provide: EnrolmentCandidates, useClass: TypeormEnrolmentCandidates },
  ],
})
export class RetentionModule {}
