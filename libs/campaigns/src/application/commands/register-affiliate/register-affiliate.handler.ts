import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, newId } from '@app/kernel';
import { Affiliate } from '../../../domain/affiliate.js';
import { AffiliateRepository } from '../../../domain/affiliate.repository.js';
import { RegisterAffiliateCommand } from './register-affiliate.command.js';

@CommandHandler(RegisterAffiliateCommand)
export class RegisterAffiliateHandler implements ICommandHandler<RegisterAffiliateCommand> {
  constructor(
    private readonly affiliates: AffiliateRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ input }: RegisterAffiliateCommand): Promise<string> {
    const affiliate = Affiliate.register(input, newId(), this.clock.now());
    await this.affiliates.add(affiliate);
    return affiliate.id;
  }
}
