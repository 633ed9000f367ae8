import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { GetAdvertiserQuery } from '@app/campaigns';
import { Clock } from '@app/kernel';
import { PostbackCredentialStore } from '../../../domain/postback-credential.store.js';
import { RotatePostbackSecretCommand } from './rotate-postback-secret.command.js';

@CommandHandler(RotatePostbackSecretCommand)
export class RotatePostbackSecretHandler implements ICommandHandler<RotatePostbackSecretCommand> {
  constructor(
    private readonly queries: QueryBus,
    private readonly store: PostbackCredentialStore,
    private readonly clock: Clock,
  ) {}

  async execute({ advertiserId, caller }: RotatePostbackSecretCommand): Promise<void> {
    // Only an advertiser the caller may see: any other is not found.
    const advertiser = await this.queries.execute(new GetAdvertiserQuery(advertiserId, caller));
    await this.store.rotate(advertiser.id, this.clock.now());
  }
}
