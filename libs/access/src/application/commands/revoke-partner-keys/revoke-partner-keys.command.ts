import { Command } from '@nestjs/cqrs';
import type { PartnerOfKey } from '../../../domain/api-key.repository.js';

/**
 * Revokes every live key of one partner, at once on every replica (keys are read from the
 * database on each request); returns how many were live. Sent by the context that owns
 * partners when it suspends one.
 */
export class RevokePartnerKeysCommand extends Command<number> {
  constructor(readonly holder: PartnerOfKey) {
    super();
  }
}
