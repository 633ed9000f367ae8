import { Command } from '@nestjs/cqrs';
import type { NewApiKey } from '../api-key.service.js';
import type { CreatedApiKeyView } from './api-key.view.js';

export class CreateApiKeyCommand extends Command<CreatedApiKeyView> {
  constructor(readonly input: NewApiKey) {
    super();
  }
}
