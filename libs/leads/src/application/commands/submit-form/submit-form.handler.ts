import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, DomainError, ipNetworkKey, newId } from '@app/kernel';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { LeadIntake } from '../../../domain/lead-intake.js';
import {
  invalidSubmission,
  LeadsErrorCode,
  suspiciousContent,
  tooManySubmissions,
  formNotFound,
} from '../../../domain/leads.errors.js';
import { assessSubmission } from '../../../domain/submission-assessment.js';
import { FormDirectory } from '../../form-directory.js';
import { ClickAttributionResolver } from './click-attribution.resolver.js';
import { type SubmissionResult, SubmitFormCommand } from './submit-form.command.js';
import { type Intake, type Taken, takeSubmission } from './take-submission.js';

@CommandHandler(SubmitFormCommand)
export class SubmitFormHandler implements ICommandHandler<SubmitFormCommand> {
  constructor(
    private readonly forms: FormDirectory,
    private readonly intake: LeadIntake,
    private readonly clicks: ClickAttributionResolver,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ formId, body, ip }: SubmitFormCommand): Promise<SubmissionResult> {
    const form = await this.forms.find(formId);
    if (!form) throw formNotFound(formId);
    const assessment = assessSubmission(form, body);
    const attribution = await this.clicks.resolve(assessment.tracking.clickId);
    const intake: Intake = {
      form,
      assessment,
      attribution,
      ip,
      ipNetwork: ipNetworkKey(ip, this.config.ipv6SubnetPrefix),
      at: this.clock.now(),
      rateLimit: this.config.formRateLimit,
    };
    return this.answer(await this.take(intake));
  }

  /** Two first submissions of one email at once: the loser runs again and finds the winner's lead. */
  private async take(intake: Intake): Promise<Taken> {
    try {
      return await this.intake.run((session) => takeSubmission(session, intake));
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== LeadsErrorCode.ConcurrentUpdate)
        throw error;
      return this.intake.run((session) => takeSubmission(session, intake));
    }
  }

  private answer(taken: Taken): SubmissionResult {
    switch (taken.kind) {
      case 'rate_limited':
        throw tooManySubmissions(this.config.formRateLimit, taken.retryAfterSeconds);
      case 'refused':
        throw taken.outcome === 'spam'
          ? suspiciousContent(taken.errors)
          : invalidSubmission(taken.errors);
      case 'honeypot':
        // Answered like a success with an id that names nothing: the bot learns nothing.
        return this.result({
          submissionId: taken.submissionId,
          leadId: newId(),
          score: taken.score.score,
          grade: taken.score.grade,
          status: 'new',
          duplicate: false,
        });
      case 'accepted': {
        const { id, score, status } = taken.lead.snapshot;
        return this.result({
          submissionId: taken.submissionId,
          leadId: id,
          score: score.score,
          grade: score.grade,
          status,
          duplicate: taken.duplicate,
        });
      }
    }
  }

  /** The answer with its qualification read off the score against the configured thresholds. */
  private result(answer: Omit<SubmissionResult, 'isQualified' | 'isHot'>): SubmissionResult {
    const { submissionId, leadId, score, grade, status, duplicate } = answer;
    return {
      submissionId,
      leadId,
      score,
      grade,
      status,
      isQualified: score >= this.config.leadQualifiedScore,
      isHot: score >= this.config.leadHotScore,
      duplicate,
    };
  }
}
