import { Command } from '@nestjs/cqrs';

/** The answer to a submission; the same shape for a honeypot bot, so it learns nothing. */
export interface SubmissionResult {
  submissionId: string;
  leadId: string;
  score: number;
  grade: string;
  status: string;
  isQualified: boolean;
  isHot: boolean;
  duplicate: boolean;
}

/** A form submission as it arrived: its parsed body (JSON or URL-encoded) and the sender's IP. */
export class SubmitFormCommand extends Command<SubmissionResult> {
  constructor(
    readonly formId: string,
    readonly body: Record<string, unknown>,
    readonly ip: string,
  ) {
    super();
  }
}
