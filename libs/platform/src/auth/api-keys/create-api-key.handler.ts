import { CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { ValidationError } from '../../domain/domain-error.js';
import { ApiKeyService } from '../api-key.service.js';
import { keyHolder } from '../key-holder.js';
import { type CreatedApiKeyView, toApiKeyView } from './api-key.view.js';
import { CreateApiKeyCommand } from './create-api-key.command.js';
import { KeyHolderExistsQuery } from './key-holder-exists.query.js';

export const UNKNOWN_KEY_HOLDER = 'AUTH.UNKNOWN_KEY_HOLDER';

@CommandHandler(CreateApiKeyCommand)
export class CreateApiKeyHandler implements ICommandHandler<CreateApiKeyCommand> {
  constructor(
    private readonly apiKeys: ApiKeyService,
    private readonly queries: QueryBus,
  ) {}

  async execute({ input }: CreateApiKeyCommand): Promise<CreatedApiKeyView> {
    const holder = keyHolder(input);
    // A key for a partner that does not exist would open nothing today and, were the id ever
    // taken, someone else's rows tomorrow.
    if (holder.affiliateId) await this.mustExist('affiliate', 'affiliateId', holder.affiliateId);
    if (holder.advertiserId) {
      await this.mustExist('advertiser', 'advertiserId', holder.advertiserId);
    }
    const created = await this.apiKeys.create({ name: input.name, ...holder });
    return {
      ...toApiKeyView({ ...created, lastUsedAt: null, revokedAt: null }),
      key: created.key,
    };
  }

  private async mustExist(
    kind: 'affiliate' | 'advertiser',
    field: string,
    id: string,
  ): Promise<void> {
    if (await this.queries.execute(new KeyHolderExistsQuery(kind, id))) return;
    throw ValidationError.forField(UNKNOWN_KEY_HOLDER, field, `No ${kind} has the id ${id}.`);
  }
}
