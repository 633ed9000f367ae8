import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { GetAdvertiserQuery } from '@app/campaigns';
import { Clock } from '@app/kernel';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import {
  postbackKeyId,
  postbackSecret,
  previousVersionValidUntil,
} from '../../../domain/postback-credential.js';
import { PostbackCredentialStore } from '../../../domain/postback-credential.store.js';
import type { AdvertiserPostbackUrlView } from './advertiser-postback-url.view.js';
import { GetAdvertiserPostbackUrlQuery } from './get-advertiser-postback-url.query.js';

const HOUR_MS = 3_600_000;
/** The parameters an advertiser fills with its own system's macros. */
const URL_TEMPLATE =
  'click_id={click_id}&txid={txid}&revenue={revenue}&currency={currency}&status={status}&customer_id={customer_id}';

@QueryHandler(GetAdvertiserPostbackUrlQuery)
export class GetAdvertiserPostbackUrlHandler implements IQueryHandler<GetAdvertiserPostbackUrlQuery> {
  constructor(
    private readonly queries: QueryBus,
    private readonly store: PostbackCredentialStore,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({
    advertiserId,
    caller,
    baseUrl,
  }: GetAdvertiserPostbackUrlQuery): Promise<AdvertiserPostbackUrlView> {
    // Not found, exactly as the advertiser itself would be, outside the caller's scope.
    const advertiser = await this.queries.execute(new GetAdvertiserQuery(advertiserId, caller));
    const credential = await this.store.find(advertiser.id);
    const { version } = credential;
    const keyId = postbackKeyId(advertiser.id, version);
    const secret = postbackSecret(this.config.secretKey, advertiser.id, version);
    const token = `${keyId}.${secret}`;
    const graceMs = this.config.postbackSecretGraceHours * HOUR_MS;
    const until = previousVersionValidUntil(credential, this.clock.now(), graceMs);
    return {
      advertiserId: advertiser.id,
      url: `${baseUrl}/v1/postback?token=${token}&${URL_TEMPLATE}`,
      token,
      keyId,
      signingSecret: secret,
      version,
      previousSecretValidUntil: until?.toISOString() ?? null,
    };
  }
}
