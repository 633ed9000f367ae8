import { Command } from '@nestjs/cqrs';
import type { FormDefinitionInput } from '../../../domain/form.js';

export class UpdateFormCommand extends Command<void> {
  constructor(
    readonly formId: string,
    readonly changes: FormDefinitionInput,
  ) {
    super();
  }
}
