import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { DataResetEvent } from '@app/platform';
import { BlocklistCache } from '../../infrastructure/blocklist-cache.js';
import { CampaignDirectory } from '../../infrastructure/campaign-directory.js';
import { SpendCache } from '../../infrastructure/spend-cache.js';

/** After a data reset, clicks must not keep reaching campaigns that no longer exist. */
@EventsHandler(DataResetEvent)
export class ForgetCachesOnResetHandler implements IEventHandler<DataResetEvent> {
  constructor(
    private readonly directory: CampaignDirectory,
    private readonly blocklists: BlocklistCache,
    private readonly spend: SpendCache,
  ) {}

  async handle(): Promise<void> {
    await Promise.all([this.directory.reload(), this.blocklists.refresh(), this.spend.refresh()]);
  }
}
