import { Command } from '@nestjs/cqrs';

export class RemoveBlocklistEntryCommand extends Command<void> {
  constructor(readonly entryId: string) {
    super();
  }
}
