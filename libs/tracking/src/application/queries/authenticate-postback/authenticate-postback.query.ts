import { Query } from '@nestjs/cqrs';

/** What a postback presents: the token of its URL, or a signature made with the secret. */
export type PresentedPostbackCredentials =
  | { kind: 'token'; token: string | null }
  | {
      kind: 'signature';
      /** X-Postback-Key: `<advertiser id>.<version>`. */
      keyId: string;
      /** X-Postback-Timestamp: unix seconds. */
      timestamp: string;
      /** X-Postback-Signature: `v1=<hex>`. */
      signature: string;
      /** The raw query string (GET) or body (POST) that was signed. */
      payload: string;
    };

/** The advertiser whose credentials a postback carries; 403 when they are not valid now. */
export class AuthenticatePostbackQuery extends Query<string> {
  constructor(readonly credentials: PresentedPostbackCredentials) {
    super();
  }
}
