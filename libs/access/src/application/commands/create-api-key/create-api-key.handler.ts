import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { DomainError, ValidationError } from '@app/kernel';
import { keyHolder } from '../../../domain/key-holder.js';
import { ApiKeyIssuer } from '../../api-key-issuer.js';
import { type CreatedApiKeyView, toApiKeyView } from '../../queries/api-key.view.js';
import { KeyHolderStandingQuery } from '../../queries/key-holder-standing/key-holder-standing.query.js';
import { CreateApiKeyCommand } from './create-api-key.command.js';

export const UNKNOWN_KEY_HOLDER = 'AUTH.UNKNOWN_KEY_HOLDER';
export const SUSPENDED_KEY_HOLDER = 'AUTH.KEY_HOLDER_SUSPENDED';

@CommandHandler(CreateApiKeyCommand)
export class CreateApiKeyHandler implements ICommandHandler<CreateApiKeyCommand> {
  constructor(
    private readonly issuer: ApiKeyIssuer,
    private readonly queries: QueryBus,
  ) {}

  async execute({ input }: CreateApiKeyCommand): Promise<CreatedApiKeyView> {
    const holder = keyHolder(input);
    // A key for a partner that does not exist would open nothing today and, were the id ever
    // taken, someone else's rows tomorrow.
    if (holder.affiliateId) await this.mustBeActive('affiliate', 'affiliateId', holder.affiliateId);
    if (holder.advertiserId) {
      await this.mustBeActive('advertiser', 'advertiserId', holder.advertiserId);
    }
    const created = await this.issuer.issue({ name: input.name, ...holder });
    return {
      ...toApiKeyView({ ...created, lastUsedAt: null, revokedAt: null }),
      key: created.key,
    };
  }

  /** Suspending an affiliate revokes its keys; a new one waits for its reactivation. */
  private async mustBeActive(
    kind: 'affiliate' | 'advertiser',
    field: string,
    id: string,
  ): Promise<void> {
    const standing = await this.queries.execute(new KeyHolderStandingQuery(kind, id));
    if (standing === 'active') return;
    if (standing === 'suspended') {
      throw new DomainError(
        SUSPENDED_KEY_HOLDER,
        'conflict',
        `The ${kind} ${id} is suspended: reactivate it before giving it a key.`,
      );
    }
    throw ValidationError.forField(UNKNOWN_KEY_HOLDER, field, `No ${kind} has the id ${id}.`);
  }
}
