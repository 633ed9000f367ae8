import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { DataResetEvent } from '@app/platform';
import { FormDirectory } from '../form-directory.js';

/**
 * The reset empties the leads tables with the others; submissions must then stop reaching the
 * forms it deleted, so the remembered forms go too (the built-in contact form stays: it is code).
 */
@EventsHandler(DataResetEvent)
export class ForgetFormsOnResetHandler implements IEventHandler<DataResetEvent> {
  constructor(private readonly directory: FormDirectory) {}

  handle(): void {
    this.directory.forget();
  }
}
