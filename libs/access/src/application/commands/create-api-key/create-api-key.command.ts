import { Command } from '@nestjs/cqrs';
import type { NewApiKey } from '../../../domain/api-key.js';
import type { CreatedApiKeyView } from '../../queries/api-key.view.js';

export class CreateApiKeyCommand extends Command<CreatedApiKeyView> {
  constructor(readonly input: NewApiKey) {
    super();
  }
}
