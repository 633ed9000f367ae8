import { Command } from '@nestjs/cqrs';
import type { FormDefinitionInput } from '../../../domain/form.js';

/** Creates a form; resolves to its id (a UUIDv7). */
export class CreateFormCommand extends Command<string> {
  constructor(readonly input: FormDefinitionInput) {
    super();
  }
}
