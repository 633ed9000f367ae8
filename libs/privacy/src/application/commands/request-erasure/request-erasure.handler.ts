import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, newId } from '@app/kernel';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { Erasure } from '../../../domain/erasure.js';
import { ErasureRepository } from '../../../domain/erasure.repository.js';
import { erasureSubject, fingerprintOf } from '../../../domain/erasure-subject.js';
import { RequestErasureCommand } from './request-erasure.command.js';

@CommandHandler(RequestErasureCommand)
export class RequestErasureHandler implements ICommandHandler<RequestErasureCommand> {
  constructor(
    private readonly erasures: ErasureRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ customerId, email, requestedBy }: RequestErasureCommand): Promise<string> {
    const subject = erasureSubject(customerId, email);
    const erasure = Erasure.request(
      { subject, fingerprint: fingerprintOf(subject, this.config.secretKey), requestedBy },
      newId(),
      this.clock.now(),
    );
    await this.erasures.add(erasure);
    return erasure.id;
  }
}
