import { Command } from '@nestjs/cqrs';
import type { NewAffiliateInput } from '../../../domain/affiliate.js';

/** Registers an active affiliate; resolves to its id. */
export class RegisterAffiliateCommand extends Command<string> {
  constructor(readonly input: NewAffiliateInput) {
    super();
  }
}
