import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { ErasureRepository } from '../../domain/erasure.repository.js';
import { PersonalDataErasedEvent } from '../../domain/events/personal-data-erased.event.js';

/**
 * Writes a context's report into the erasure's audit, dated when the context erased its part;
 * the last report completes the erasure.
 */
@EventsHandler(PersonalDataErasedEvent)
export class RecordContextErasedHandler implements IEventHandler<PersonalDataErasedEvent> {
  constructor(private readonly erasures: ErasureRepository) {}

  async handle(event: PersonalDataErasedEvent): Promise<void> {
    const { erasureId, context, rowsAffected } = event.payload;
    await this.erasures.changeOnce(
      erasureId,
      { consumer: 'privacy.record-context-erased', eventId: event.eventId },
      (erasure) => erasure.recordContextErased(context, rowsAffected, event.occurredAt),
    );
  }
}
