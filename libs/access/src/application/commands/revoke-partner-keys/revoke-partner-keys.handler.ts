import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { ApiKeyRepository } from '../../../domain/api-key.repository.js';
import { RevokePartnerKeysCommand } from './revoke-partner-keys.command.js';

@CommandHandler(RevokePartnerKeysCommand)
export class RevokePartnerKeysHandler implements ICommandHandler<RevokePartnerKeysCommand> {
  constructor(
    private readonly apiKeys: ApiKeyRepository,
    private readonly clock: Clock,
  ) {}

  execute({ holder }: RevokePartnerKeysCommand): Promise<number> {
    return this.apiKeys.revokeAllOf(holder, this.clock.now());
  }
}
