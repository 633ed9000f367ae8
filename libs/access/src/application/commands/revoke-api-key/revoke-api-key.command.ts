import { Command } from '@nestjs/cqrs';

/** Revokes a key; AUTH.API_KEY_NOT_FOUND when no key has the id. Revoking twice is harmless. */
export class RevokeApiKeyCommand extends Command<void> {
  constructor(readonly keyId: string) {
    super();
  }
}
