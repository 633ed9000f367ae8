import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiKeyService } from '../api-key.service.js';
import { RevokePartnerKeysCommand } from './revoke-partner-keys.command.js';

@CommandHandler(RevokePartnerKeysCommand)
export class RevokePartnerKeysHandler implements ICommandHandler<RevokePartnerKeysCommand> {
  constructor(private readonly apiKeys: ApiKeyService) {}

  execute({ holder }: RevokePartnerKeysCommand): Promise<number> {
    return this.apiKeys.revokeAllOf(holder);
  }
}
