import { Injectable } from '@nestjs/common';
import { Clock } from '@app/kernel';
import { issueApiKey, type NewApiKey } from '../domain/api-key.js';
import { ApiKeyRepository } from '../domain/api-key.repository.js';
import type { KeyHolder } from '../domain/key-holder.js';

export interface CreatedApiKey extends KeyHolder {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  /** The key itself: shown once, stored only as a hash. */
  key: string;
}

/** Makes and stores keys: for the create command, the debug bootstrap and the CLI alike. */
@Injectable()
export class ApiKeyIssuer {
  constructor(
    private readonly apiKeys: ApiKeyRepository,
    private readonly clock: Clock,
  ) {}

  async issue(input: NewApiKey): Promise<CreatedApiKey> {
    const { apiKey, secret } = issueApiKey(input, this.clock.now());
    await this.apiKeys.insert(apiKey);
    const { id, name, prefix, createdAt, role, affiliateId, advertiserId } = apiKey;
    return { id, name, prefix, createdAt, role, affiliateId, advertiserId, key: secret };
  }
}
