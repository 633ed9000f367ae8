import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, newId } from '@app/kernel';
import { Form } from '../../../domain/form.js';
import { FormRepository } from '../../../domain/form.repository.js';
import { CreateFormCommand } from './create-form.command.js';

@CommandHandler(CreateFormCommand)
export class CreateFormHandler implements ICommandHandler<CreateFormCommand> {
  constructor(
    private readonly forms: FormRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ input }: CreateFormCommand): Promise<string> {
    const form = Form.create(input, newId(), this.clock.now());
    await this.forms.save(form);
    return form.id;
  }
}
