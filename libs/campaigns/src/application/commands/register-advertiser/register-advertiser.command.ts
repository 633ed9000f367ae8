import { Command } from '@nestjs/cqrs';
import type { NewAdvertiserInput } from '../../../domain/advertiser.js';

/** Registers an advertiser; resolves to its id. */
export class RegisterAdvertiserCommand extends Command<string> {
  constructor(readonly input: NewAdvertiserInput) {
    super();
  }
}
