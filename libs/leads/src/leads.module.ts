import { GetLeadsByMinuteHandler } from './application/queries/get-leads-by-minute/get-leads-by-minute.handler.js';
import { Module } from '@nestjs/common';
import { ChangeLeadStatusHandler } from './application/commands/change-lead-status/change-lead-status.handler.js';
import { CreateFormHandler } from './application/commands/create-form/create-form.handler.js';
import { EraseLeadHandler } from './application/commands/erase-lead/erase-lead.handler.js';
import { ClickAttributionResolver } from './application/commands/submit-form/click-attribution.resolver.js';
import { SubmitFormHandler } from './application/commands/submit-form/submit-form.handler.js';
import { UpdateFormHandler } from './application/commands/update-form/update-form.handler.js';
import { ForgetFormsOnResetHandler } from './application/events/forget-forms-on-reset.handler.js';
import { EraseCustomerLeadsHandler } from './application/events/erase-customer-leads.handler.js';
import { CustomerLeadsEraser } from './infrastructure/customer-leads-eraser.js';
import { LeadClickIds } from './infrastructure/lead-click-ids.js';
import { FormDirectory } from './application/form-directory.js';
import { GetFormHandler } from './application/queries/get-form/get-form.handler.js';
import { GetLeadAnalyticsHandler } from './application/queries/get-lead-analytics/get-lead-analytics.handler.js';
import { GetLeadHandler } from './application/queries/get-lead/get-lead.handler.js';
import { ListFormsHandler } from './application/queries/list-forms/list-forms.handler.js';
import { ListHotLeadsHandler } from './application/queries/list-hot-leads/list-hot-leads.handler.js';
import { FormRepository } from './domain/form.repository.js';
import { LeadIntake } from './domain/lead-intake.js';
import { LeadRepository } from './domain/lead.repository.js';
import { FormsController } from './http/forms.controller.js';
import { LeadAnalyticsController } from './http/lead-analytics.controller.js';
import { LeadsController } from './http/leads.controller.js';
import { SubmissionsController } from './http/submissions.controller.js';
import { LeadAnalyticsReader } from './infrastructure/lead-analytics.reader.js';
import { TypeormFormRepository } from './infrastructure/typeorm-form.repository.js';
import { TypeormLeadIntake } from './infrastructure/typeorm-lead-intake.js';
import { TypeormLeadRepository } from './infrastructure/typeorm-lead.repository.js';
import { TruncateSubmissionIpsJob } from './infrastructure/truncate-submission-ips.job.js';

import { ListLeadsByClicksHandler } from './application/queries/list-leads-by-clicks/list-leads-by-clicks.handler.js';
const commandHandlers = [
  SubmitFormHandler,
  CreateFormHandler,
  UpdateFormHandler,
  ChangeLeadStatusHandler,
  EraseLeadHandler,
];
const queryHandlers = [
  GetFormHandler,
  ListFormsHandler,
  GetLeadHandler,
  ListHotLeadsHandler,
  GetLeadAnalyticsHandler,
  ListLeadsByClicksHandler,
  GetLeadsByMinuteHandler,
];

@Module({
  controllers: [SubmissionsController, LeadsController, LeadAnalyticsController, FormsController],
  providers: [
    ...commandHandlers,
    ...queryHandlers,
    ForgetFormsOnResetHandler,
    EraseCustomerLeadsHandler,
    CustomerLeadsEraser,
    LeadClickIds,
    FormDirectory,
    ClickAttributionResolver,
    LeadAnalyticsReader,
    TruncateSubmissionIpsJob,
    { provide: FormRepository, useClass: TypeormFormRepository },
    { provide: LeadRepository, useClass: TypeormLeadRepository },
    { provide: LeadIntake, useClass: TypeormLeadIntake },
  ],
})
export class LeadsModule {}
