import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbSpec, startDbSpec } from '../../../../test/support/db-spec.js';
import type { DailyActivity } from '../domain/engagement-score.js';
import { retentionSchema } from '../retention-schema.js';
import { ActivityReader } from './activity-reader.js';
import { RetentionEventOrmEntity } from './retention-event.orm-entity.js';

const DAY_MS = 86_400_000;
const TODAY = Math.floor(Date.parse('2026-11-26') / DAY_MS);

let events = 0;
function event(
  customerId: string,
  day: number,
  type: string,
  durationSeconds: number | null = null,
): RetentionEventOrmEntity {
  events += 1;
  const occurredAt = new Date(day * DAY_MS + events * 60_000);
  return {
    eventId: `event-${events}`,
    customerId,
    type,
    occurredAt,
    occurredDay: day,
    durationSeconds,
    campaignId: null,
    properties: null,
    source: 'api',
    recordedAt: occurredAt,
  };
}

const activity = (day: number, counts: Partial<DailyActivity>): DailyActivity => ({
  day,
  events: 0,
  sessions: 0,
  clicks: 0,
  conversions: 0,
  durationSeconds: 0,
  ...counts,
});

describe('the activity reader', () => {
  let db: DbSpec;
  let reader: ActivityReader;

  beforeAll(async () => {
    db = await startDbSpec({ schemas: [retentionSchema], providers: [ActivityReader] });
    reader = db.get(ActivityReader);
    await db.dataSource.getRepository(RetentionEventOrmEntity).insert([
      event('ann', TODAY - 2, 'session_start', 120),
      event('ann', TODAY - 2, 'session_end', 300),
      // A session of unknown length adds a session and no time.
      event('ann', TODAY - 2, 'session_start', null),
      event('ann', TODAY - 2, 'click'),
      event('ann', TODAY - 2, 'click'),
      event('ann', TODAY - 2, 'page_view', 40),
      event('ann', TODAY - 2, 'conversion'),
      // Sent by us, not done by her: not activity. Opening it is.
      event('ann', TODAY - 2, 'message_delivered'),
      event('ann', TODAY - 2, 'message_opened'),
      event('ann', TODAY, 'page_view'),
      event('ann', TODAY + 1, 'click'),
      event('cid', TODAY - 1, 'session_end', 600),
      // Only ever sent messages: no activity at all.
      event('ben', TODAY - 10, 'message_delivered'),
      event('ben', TODAY - 9, 'message_delivered'),
    ]);
  });
  afterAll(() => db.close());

  /** The map as a plain object, each customer's days in order (the reader promises none). */
  const read = async (upToDay: number, customerId?: string) =>
    Object.fromEntries(
      [...(await reader.byCustomer(upToDay, customerId))].map(([customer, days]) => [
        customer,
        [...days].sort((a, b) => a.day - b.day),
      ]),
    );

  it("sums each customer's own events per day, up to and including the day asked", async () => {
    expect(await read(TODAY)).toEqual({
      ann: [
        activity(TODAY - 2, {
          events: 8,
          sessions: 2,
          clicks: 2,
          conversions: 1,
          durationSeconds: 420,
        }),
        activity(TODAY, { events: 1 }),
      ],
      cid: [activity(TODAY - 1, { events: 1, durationSeconds: 600 })],
    });
  });

  it('reads one customer, as of an earlier day', async () => {
    expect(await read(TODAY - 1, 'ann')).toEqual({
      ann: [
        activity(TODAY - 2, {
          events: 8,
          sessions: 2,
          clicks: 2,
          conversions: 1,
          durationSeconds: 420,
        }),
      ],
    });
    expect(await read(TODAY, 'ben')).toEqual({});
  });
});
