import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, type FieldError } from '@app/kernel';
import {
  type BehaviourEvent,
  OUTCOME_OF_TYPE,
  OUTCOMES,
  parseBehaviourEvent,
} from '../../../domain/behaviour-event.js';
import { EventStore } from '../../../domain/event-store.js';
import { invalidEvents } from '../../../domain/retention.errors.js';
import { type EventBatchReport, RecordEventsCommand } from './record-events.command.js';

const MAX_BATCH = 1000;

@CommandHandler(RecordEventsCommand)
export class RecordEventsHandler implements ICommandHandler<RecordEventsCommand> {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({ events, campaignId }: RecordEventsCommand): Promise<EventBatchReport> {
    if (!Array.isArray(events) || events.length === 0 || events.length > MAX_BATCH) {
      throw invalidEvents([
        { field: 'events', message: `events is a list of 1 to ${MAX_BATCH} events` },
      ]);
    }
    const now = this.clock.now();
    const valid: BehaviourEvent[] = [];
    const errors: FieldError[] = [];
    events.forEach((raw, i) => {
      const parsed = parseBehaviourEvent(raw, `events.${i}`, now);
      if (Array.isArray(parsed)) errors.push(...parsed);
      else if (!campaignId) valid.push(parsed);
      else {
        // On a campaign's own endpoint every event is an outcome: `opened` or `message_opened`.
        const type = (OUTCOMES as readonly string[]).includes(parsed.type)
          ? `message_${parsed.type}`
          : parsed.type;
        if (type.startsWith('message_') && OUTCOME_OF_TYPE[type])
          valid.push({ ...parsed, type, campaignId });
        else
          errors.push({
            field: `events.${i}.type`,
            message: `type is one of ${OUTCOMES.join(', ')}`,
          });
      }
    });
    if (valid.length === 0) throw invalidEvents(errors);
    const recorded = await this.store.record(valid, 'api', now, campaignId);
    return {
      received: events.length,
      recorded,
      duplicates: valid.length - recorded,
      rejected: events.length - valid.length,
      errors,
    };
  }
}
