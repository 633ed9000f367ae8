import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, newId } from '@app/kernel';
import { Advertiser } from '../../../domain/advertiser.js';
import { AdvertiserRepository } from '../../../domain/advertiser.repository.js';
import { RegisterAdvertiserCommand } from './register-advertiser.command.js';

@CommandHandler(RegisterAdvertiserCommand)
export class RegisterAdvertiserHandler implements ICommandHandler<RegisterAdvertiserCommand> {
  constructor(
    private readonly advertisers: AdvertiserRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ input }: RegisterAdvertiserCommand): Promise<string> {
    const advertiser = Advertiser.register(input, newId(), this.clock.now());
    await this.advertisers.add(advertiser);
    return advertiser.id;
  }
}
