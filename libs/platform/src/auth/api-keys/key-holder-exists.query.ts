import { Query } from '@nestjs/cqrs';

/**
 * Does this affiliate or advertiser exist? Asked by the kernel before it binds a key to a
 * partner; answered by the context that owns partners (campaigns), which the kernel cannot
 * import.
 */
export class KeyHolderExistsQuery extends Query<boolean> {
  constructor(
    readonly kind: 'affiliate' | 'advertiser',
    readonly id: string,
  ) {
    super();
  }
}
