import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { TrackingTermsChangedEvent } from '@app/campaigns';
import { CampaignDirectory } from '../../infrastructure/campaign-directory.js';

/**
 * Drops this process's cached copy of a campaign or affiliate the moment a command here has
 * changed it; the next click reads it afresh. `handle` is synchronous on purpose: the EventBus
 * calls it inside `publish` (its subject's next(), then mergeMap and defer, all synchronous),
 * so the copy is gone before the command returns and the API answers.
 */
@EventsHandler(TrackingTermsChangedEvent)
export class ForgetChangedTrackingTermsHandler implements IEventHandler<TrackingTermsChangedEvent> {
  constructor(private readonly directory: CampaignDirectory) {}

  handle({ kind, id }: TrackingTermsChangedEvent): void {
    this.directory.forget(kind, id);
  }
}
