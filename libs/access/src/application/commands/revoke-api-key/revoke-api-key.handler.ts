import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, DomainError } from '@app/kernel';
import { ApiKeyRepository } from '../../../domain/api-key.repository.js';
import { RevokeApiKeyCommand } from './revoke-api-key.command.js';

@CommandHandler(RevokeApiKeyCommand)
export class RevokeApiKeyHandler implements ICommandHandler<RevokeApiKeyCommand> {
  constructor(
    private readonly apiKeys: ApiKeyRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ keyId }: RevokeApiKeyCommand): Promise<void> {
    if ((await this.apiKeys.revoke(keyId, this.clock.now())) === 'unknown') {
      throw new DomainError(
        'AUTH.API_KEY_NOT_FOUND',
        'not_found',
        `No API key has the id ${keyId}.`,
      );
    }
  }
}
