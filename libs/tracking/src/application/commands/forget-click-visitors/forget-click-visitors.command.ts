import { Command } from '@nestjs/cqrs';

/**
 * Published for leads, whose erased leads name the click they came through: strips the
 * visitor's address, user agent, referrer and sub ids from those clicks, as a customer's
 * erasure does. Ids that name no click are ignored; stripping twice changes nothing.
 * Returns the clicks changed.
 */
export class ForgetClickVisitorsCommand extends Command<number> {
  constructor(readonly clickIds: readonly string[]) {
    super();
  }
}
