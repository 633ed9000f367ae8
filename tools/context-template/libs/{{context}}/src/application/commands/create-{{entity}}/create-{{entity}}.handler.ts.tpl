import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, newId } from '@app/kernel';
import { {{Entity}} } from '../../../domain/{{entity}}.js';
import { {{Entity}}Repository } from '../../../domain/{{entity}}.repository.js';
import { Create{{Entity}}Command } from './create-{{entity}}.command.js';

@CommandHandler(Create{{Entity}}Command)
export class Create{{Entity}}Handler implements ICommandHandler<Create{{Entity}}Command> {
  constructor(
    private readonly repository: {{Entity}}Repository,
    private readonly clock: Clock,
  ) {}

  async execute({ input }: Create{{Entity}}Command): Promise<string> {
    const created = {{Entity}}.create(input, newId(), this.clock.now());
    await this.repository.add(created);
    return created.id;
  }
}
