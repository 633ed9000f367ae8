import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { BlocklistEntryRepository } from '../../../domain/blocklist-entry.repository.js';
import { blocklistEntryNotFound } from '../../../domain/tracking.errors.js';
import { BlocklistCache } from '../../../infrastructure/blocklist-cache.js';
import { RemoveBlocklistEntryCommand } from './remove-blocklist-entry.command.js';

@CommandHandler(RemoveBlocklistEntryCommand)
export class RemoveBlocklistEntryHandler implements ICommandHandler<RemoveBlocklistEntryCommand> {
  constructor(
    private readonly entries: BlocklistEntryRepository,
    private readonly cache: BlocklistCache,
  ) {}

  async execute({ entryId }: RemoveBlocklistEntryCommand): Promise<void> {
    if (!(await this.entries.remove(entryId))) throw blocklistEntryNotFound(entryId);
    await this.cache.refresh();
  }
}
