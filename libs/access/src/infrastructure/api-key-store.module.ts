import { Module } from '@nestjs/common';
import { ApiKeyIssuer } from '../application/api-key-issuer.js';
import { ApiKeyRepository } from '../domain/api-key.repository.js';
import { TypeormApiKeyRepository } from './typeorm-api-key.repository.js';

/**
 * The stored keys and the one way to make them, without routes, handlers or the debug key: the
 * access module builds on it, and so does the `npm run api-key` CLI, which needs nothing more.
 * Needs the database and a Clock from the module that imports it.
 */
@Module({
  providers: [{ provide: ApiKeyRepository, useClass: TypeormApiKeyRepository }, ApiKeyIssuer],
  exports: [ApiKeyRepository, ApiKeyIssuer],
})
export class ApiKeyStoreModule {}
