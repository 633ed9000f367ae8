import { invalidEvents } from '../domain/retention.errors.js';

/** The events of a `{"events": [...]}` body; anything else is a 422 naming the field. */
export function eventsOf(body: unknown): readonly unknown[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidEvents([
      { field: '', message: 'The request body must be a JSON object: {"events": [...]}.' },
    ]);
  }
  const unknown = Object.keys(body).filter((key) => key !== 'events');
  if (unknown.length > 0)
    throw invalidEvents([
      { field: unknown[0], message: `${unknown[0]} is not a field of a batch.` },
    ]);
  const { events } = body as { events?: unknown };
  if (!Array.isArray(events))
    throw invalidEvents([{ field: 'events', message: 'events must be an array of events.' }]);
  return events;
}
