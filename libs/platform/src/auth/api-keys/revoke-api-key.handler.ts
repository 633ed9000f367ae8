import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@app/kernel';
import { ApiKeyService } from '../api-key.service.js';
import { RevokeApiKeyCommand } from './revoke-api-key.command.js';

@CommandHandler(RevokeApiKeyCommand)
export class RevokeApiKeyHandler implements ICommandHandler<RevokeApiKeyCommand> {
  constructor(private readonly apiKeys: ApiKeyService) {}

  async execute({ keyId }: RevokeApiKeyCommand): Promise<void> {
    if ((await this.apiKeys.revoke(keyId)) === 'unknown') {
      throw new DomainError(
        'AUTH.API_KEY_NOT_FOUND',
        'not_found',
        `No API key has the id ${keyId}.`,
      );
    }
  }
}
