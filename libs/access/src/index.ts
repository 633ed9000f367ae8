// The access context's public face: who may call. API keys today, user accounts and sessions next.
export { AccessModule } from './access.module.js';
export { accessSchema } from './access-schema.js';
export {
  type KeyHolderStanding,
  KeyHolderStandingQuery,
} from './application/queries/key-holder-standing/key-holder-standing.query.js';
export { RevokePartnerKeysCommand } from './application/commands/revoke-partner-keys/revoke-partner-keys.command.js';
export type { PartnerOfKey } from './domain/api-key.repository.js';
// For the `npm run api-key` CLI, and for tests that need a key of their own.
export { ApiKeyStoreModule } from './infrastructure/api-key-store.module.js';
export { ApiKeyRepository } from './domain/api-key.repository.js';
export type { ApiKey, NewApiKey } from './domain/api-key.js';
export { ApiKeyIssuer, type CreatedApiKey } from './application/api-key-issuer.js';
