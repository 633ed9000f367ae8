import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import {
  isAcceptedSecret,
  parsePostbackKeyId,
  parsePostbackToken,
  postbackSecret,
  type PresentedCredential,
} from '../../../domain/postback-credential.js';
import { PostbackCredentialStore } from '../../../domain/postback-credential.store.js';
import {
  checkPostbackSignature,
  SIGNATURE_TOLERANCE_MS,
} from '../../../domain/postback-signature.js';
import { invalidPostbackToken, postbackSignatureExpired } from '../../../domain/tracking.errors.js';
import { AuthenticatePostbackQuery } from './authenticate-postback.query.js';

const HOUR_MS = 3_600_000;

@QueryHandler(AuthenticatePostbackQuery)
export class AuthenticatePostbackHandler implements IQueryHandler<AuthenticatePostbackQuery> {
  constructor(
    private readonly store: PostbackCredentialStore,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ credentials }: AuthenticatePostbackQuery): Promise<string> {
    const presented = this.presented(credentials);
    if (!presented) throw invalidPostbackToken();
    const now = this.clock.now();
    const credential = await this.store.find(presented.advertiserId);
    const graceMs = this.config.postbackSecretGraceHours * HOUR_MS;
    if (!isAcceptedSecret(this.config.secretKey, credential, presented, now, graceMs))
      throw invalidPostbackToken();
    if (credentials.kind === 'signature') {
      const { timestamp, payload, signature } = credentials;
      const check = checkPostbackSignature(presented.secret, timestamp, payload, signature, now);
      if (check === 'invalid') throw invalidPostbackToken();
      if (check === 'stale') throw postbackSignatureExpired(SIGNATURE_TOLERANCE_MS / 1000);
    }
    return credential.advertiserId;
  }

  /**
   * The credential to check. A signed postback names its key and never sends the secret, so
   * the secret of that key is derived here and the signature decides.
   */
  private presented(
    credentials: AuthenticatePostbackQuery['credentials'],
  ): PresentedCredential | null {
    if (credentials.kind === 'token') return parsePostbackToken(credentials.token);
    const key = parsePostbackKeyId(credentials.keyId);
    if (!key) return null;
    return { ...key, secret: postbackSecret(this.config.secretKey, key.advertiserId, key.version) };
  }
}
