import { type FieldError, isId } from '@app/kernel';

export const STANDARD_EVENT_TYPES = [
  'session_start',
  'session_end',
  'page_view',
  'click',
  'conversion',
  'email_open',
  'email_click',
] as const;

/**
 * Events about a retention message, and the outcome each stands for. They count for the
 * campaign named in `campaignId` (or in properties.campaignId on /v1/events).
 */
export const OUTCOME_OF_TYPE: Record<string, Outcome> = {
  message_delivered: 'delivered',
  message_opened: 'opened',
  email_open: 'opened',
  message_clicked: 'clicked',
  email_click: 'clicked',
  message_converted: 'converted',
  conversion: 'converted',
};
export const OUTCOMES = ['delivered', 'opened', 'clicked', 'converted'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface BehaviourEvent {
  eventId: string | null;
  customerId: string;
  type: string;
  occurredAt: Date;
  durationSeconds: number | null;
  properties: Record<string, unknown> | null;
  campaignId: string | null;
}

const TYPE = /^[a-z][a-z0-9_.-]{0,63}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Checks one row of a batch; each problem is reported as `<prefix>.<field>`. */
export function parseBehaviourEvent(
  raw: unknown,
  prefix: string,
  now: Date,
): BehaviourEvent | FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) =>
    errors.push({ field: `${prefix}.${field}`, message });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return [{ field: prefix, message: 'an event is an object' }];
  const row = raw as Record<string, unknown>;
  const text = (field: string, optional: boolean) => {
    const value = row[field];
    if (value === undefined || value === null) {
      if (!optional) add(field, `${field} is required`);
      return null;
    }
    if (typeof value !== 'string' || value.trim().length === 0 || value.length > 255) {
      add(field, `${field} is a string of 1 to 255 characters`);
      return null;
    }
    return value;
  };
  const eventId = text('eventId', true);
  const customerId = text('customerId', false);
  const type = text('type', false);
  if (type !== null && !TYPE.test(type))
    add('type', `type is ${STANDARD_EVENT_TYPES.join(', ')} or a custom lower_snake_case name`);
  const occurredText = text('occurredAt', false);
  const occurredAt =
    occurredText !== null && INSTANT.test(occurredText) ? new Date(occurredText) : null;
  if (occurredText !== null && (occurredAt === null || Number.isNaN(occurredAt.getTime()))) {
    add(
      'occurredAt',
      'occurredAt is an ISO 8601 instant with an offset, such as 2026-11-20T14:03:00Z',
    );
  } else if (occurredAt && occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    add('occurredAt', 'occurredAt cannot be in the future');
  }
  const duration = row.durationSeconds;
  if (
    duration !== undefined &&
    duration !== null &&
    !(Number.isInteger(duration) && (duration as number) >= 0 && (duration as number) <= 86_400)
  ) {
    add('durationSeconds', 'durationSeconds is a whole number from 0 to 86400');
  }
  const properties = row.properties;
  if (
    properties !== undefined &&
    properties !== null &&
    (typeof properties !== 'object' || Array.isArray(properties))
  ) {
    add('properties', 'properties is an object');
  } else if (properties && JSON.stringify(properties).length > 4096) {
    add('properties', 'properties take at most 4 KB of JSON');
  }
  const props = (properties as Record<string, unknown> | null | undefined) ?? null;
  // Only a real campaign id links an outcome; anything else is kept as a plain property.
  const campaignId =
    typeof props?.campaignId === 'string' && isId(props.campaignId) ? props.campaignId : null;
  if (errors.length > 0 || !customerId || !type || !occurredAt) return errors;
  return {
    eventId,
    customerId,
    type,
    occurredAt,
    durationSeconds: (duration as number | undefined) ?? null,
    properties: props,
    campaignId,
  };
}
