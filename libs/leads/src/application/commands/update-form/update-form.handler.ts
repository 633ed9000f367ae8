import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { FormRepository } from '../../../domain/form.repository.js';
import { formNotFound } from '../../../domain/leads.errors.js';
import { FormDirectory } from '../../form-directory.js';
import { UpdateFormCommand } from './update-form.command.js';

@CommandHandler(UpdateFormCommand)
export class UpdateFormHandler implements ICommandHandler<UpdateFormCommand> {
  constructor(
    private readonly forms: FormRepository,
    private readonly directory: FormDirectory,
    private readonly clock: Clock,
  ) {}

  async execute({ formId, changes }: UpdateFormCommand): Promise<void> {
    const form = await this.forms.findById(formId);
    if (!form) throw formNotFound(formId);
    form.update(changes, this.clock.now());
    await this.forms.save(form);
    // Submissions on this replica follow the new rules at once.
    this.directory.forget(formId);
  }
}
