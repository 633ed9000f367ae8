import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { ApiKeyIssuer } from '../application/api-key-issuer.js';
import { ApiKeyRepository } from '../domain/api-key.repository.js';

/**
 * In debug mode a fresh install has no way in: with neither API_KEY nor any stored key, one
 * admin key is made and printed once so the newcomer can use the Swagger UI straight away.
 */
@Injectable()
export class DebugApiKeyBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly apiKeys: ApiKeyRepository,
    private readonly issuer: ApiKeyIssuer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.debug || this.config.bootstrapApiKey) return;
    if ((await this.apiKeys.countLive()) > 0) return;
    const created = await this.issuer.issue({ name: 'debug-bootstrap', role: 'admin' });
    this.logger.warn(
      `No API key existed, so an admin key was created. It is shown only this once; keep it: ${created.key}`,
    );
  }
}
