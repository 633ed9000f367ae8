import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { AffiliateRepository } from '../../../domain/affiliate.repository.js';
import { affiliateNotFound } from '../../../domain/campaigns.errors.js';
import { mayReadPartner } from '../../queries/partner-scope.js';
import { ChangeAffiliatePostbackCommand } from './change-affiliate-postback.command.js';

@CommandHandler(ChangeAffiliatePostbackCommand)
export class ChangeAffiliatePostbackHandler implements ICommandHandler<ChangeAffiliatePostbackCommand> {
  constructor(
    private readonly affiliates: AffiliateRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ affiliateId, postbackUrl, caller }: ChangeAffiliatePostbackCommand) {
    const affiliate = mayReadPartner(caller, 'affiliate', affiliateId)
      ? await this.affiliates.findById(affiliateId)
      : null;
    if (!affiliate) throw affiliateNotFound(affiliateId);
    affiliate.changePostbackUrl(postbackUrl, this.clock.now());
    await this.affiliates.save(affiliate);
  }
}
