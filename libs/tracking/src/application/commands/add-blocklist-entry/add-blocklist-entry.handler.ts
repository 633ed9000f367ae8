import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, newId } from '@app/kernel';
import { parseBlocklistValue } from '../../../domain/blocklist.js';
import { BlocklistEntryRepository } from '../../../domain/blocklist-entry.repository.js';
import { BlocklistCache } from '../../../infrastructure/blocklist-cache.js';
import { AddBlocklistEntryCommand } from './add-blocklist-entry.command.js';

@CommandHandler(AddBlocklistEntryCommand)
export class AddBlocklistEntryHandler implements ICommandHandler<AddBlocklistEntryCommand> {
  constructor(
    private readonly entries: BlocklistEntryRepository,
    private readonly cache: BlocklistCache,
    private readonly clock: Clock,
  ) {}

  async execute({ kind, value, note }: AddBlocklistEntryCommand): Promise<string> {
    const id = newId();
    await this.entries.add({
      id,
      kind,
      value: parseBlocklistValue(kind, value),
      note,
      createdAt: this.clock.now(),
    });
    // This replica blocks at once; the others within their next refresh.
    await this.cache.refresh();
    return id;
  }
}
