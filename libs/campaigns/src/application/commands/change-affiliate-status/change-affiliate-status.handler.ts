import { CommandBus, CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { RevokePartnerKeysCommand } from '@app/access';
import { AffiliateRepository } from '../../../domain/affiliate.repository.js';
import { affiliateNotFound } from '../../../domain/campaigns.errors.js';
import { TrackingTermsChangedEvent } from '../../../domain/events/tracking-terms-changed.event.js';
import { ChangeAffiliateStatusCommand } from './change-affiliate-status.command.js';

/**
 * A suspended affiliate loses its API keys as well as its traffic: its clicks go to the safe
 * page (at once on this replica, within seconds on the others), and its keys are
 * revoked at once. Keys are revoked after the status is saved, and on every suspend request
 * even when the affiliate already was suspended, so that a key created meanwhile does not
 * survive and a retried request finishes the job. Reactivating gives no key back: the network
 * issues a new one.
 */
@CommandHandler(ChangeAffiliateStatusCommand)
export class ChangeAffiliateStatusHandler implements ICommandHandler<ChangeAffiliateStatusCommand> {
  constructor(
    private readonly affiliates: AffiliateRepository,
    private readonly commands: CommandBus,
    private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async execute({ affiliateId, status }: ChangeAffiliateStatusCommand): Promise<number> {
    const affiliate = await this.affiliates.findById(affiliateId);
    if (!affiliate) throw affiliateNotFound(affiliateId);
    affiliate.changeStatus(status, this.clock.now());
    await this.affiliates.save(affiliate);
    this.events.publish(new TrackingTermsChangedEvent('affiliate', affiliateId));
    if (status !== 'suspended') return 0;
    return this.commands.execute(new RevokePartnerKeysCommand({ affiliateId }));
  }
}
