import { Query } from '@nestjs/cqrs';

/** A partner's standing: 'suspended' only for an affiliate the network has suspended. */
export type KeyHolderStanding = 'active' | 'suspended';

/**
 * Does this affiliate or advertiser exist, and may it hold a key? Asked by the access context
 * before it binds a key to a partner; answered (null when there is no such partner) by the
 * context that owns partners (campaigns), which access does not import.
 */
export class KeyHolderStandingQuery extends Query<KeyHolderStanding | null> {
  constructor(
    readonly kind: 'affiliate' | 'advertiser',
    readonly id: string,
  ) {
    super();
  }
}
