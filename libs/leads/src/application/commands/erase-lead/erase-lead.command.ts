import { Command } from '@nestjs/cqrs';

/** Right to erasure: the lead's personal data goes, its anonymous counts stay. */
export class EraseLeadCommand extends Command<void> {
  constructor(readonly leadId: string) {
    super();
  }
}
