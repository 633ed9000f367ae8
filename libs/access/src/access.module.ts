import { Global, Module } from '@nestjs/common';
import { ApiKeyVerifier } from '@app/platform';
import { CreateApiKeyHandler } from './application/commands/create-api-key/create-api-key.handler.js';
import { RevokeApiKeyHandler } from './application/commands/revoke-api-key/revoke-api-key.handler.js';
import { RevokePartnerKeysHandler } from './application/commands/revoke-partner-keys/revoke-partner-keys.handler.js';
import { ListApiKeysHandler } from './application/queries/list-api-keys/list-api-keys.handler.js';
import { StoredApiKeyVerifier } from './application/stored-api-key.verifier.js';
import { ApiKeysController } from './http/api-keys.controller.js';
import { ApiKeyStoreModule } from './infrastructure/api-key-store.module.js';
import { DebugApiKeyBootstrap } from './infrastructure/debug-api-key.bootstrap.js';

const commandHandlers = [CreateApiKeyHandler, RevokeApiKeyHandler, RevokePartnerKeysHandler];
const queryHandlers = [ListApiKeysHandler];

/**
 * Who may call. Global for one reason: the platform's key guard (global itself, and unable to
 * import a context) injects the ApiKeyVerifier port, which this module provides.
 */
@Global()
@Module({
  imports: [ApiKeyStoreModule],
  controllers: [ApiKeysController],
  providers: [
    ...commandHandlers,
    ...queryHandlers,
    { provide: ApiKeyVerifier, useClass: StoredApiKeyVerifier },
    DebugApiKeyBootstrap,
  ],
  exports: [ApiKeyVerifier, ApiKeyStoreModule],
})
export class AccessModule {}
