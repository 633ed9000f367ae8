import { Command } from '@nestjs/cqrs';
import type { CallerScope } from '@app/platform';

/**
 * Puts a new postback secret in force for the advertiser; the one before keeps working for
 * POSTBACK_SECRET_GRACE_HOURS, so live integrations can move over without losing a postback.
 */
export class RotatePostbackSecretCommand extends Command<void> {
  constructor(
    readonly advertiserId: string,
    readonly caller: CallerScope,
  ) {
    super();
  }
}
