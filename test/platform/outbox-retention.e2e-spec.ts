import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PurgeProcessedOutboxJob } from '@app/platform';
import { OutboxEventOrmEntity } from '../../libs/platform/src/events/outbox-event.orm-entity.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const DAY = 86_400_000;

/** Delivered outbox events are an audit trail for OUTBOX_RETENTION_DAYS, then deleted. */
describe('purging delivered outbox events', () => {
  let t: TestApp;
  const event = (id: string, processedDaysAgo: number | null) => {
    const now = t.clock.now().getTime();
    const at = (daysAgo: number) => new Date(now - daysAgo * DAY);
    return {
      id,
      eventType: 'test.retention-probe',
      payload: { id },
      occurredAt: at(30),
      availableAt: at(30),
      leaseUntil: null,
      attempts: 1,
      lastError: null,
      processedAt: processedDaysAgo === null ? null : at(processedDaysAgo),
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ env: { OUTBOX_RETENTION_DAYS: '3' } });
  });
  afterAll(() => t.close());

  it('deletes events delivered before the retention period and keeps the rest', async () => {
    await t.dataSource
      .getRepository(OutboxEventOrmEntity)
      .insert([
        event('00000000-0000-7000-8000-000000000001', 4),
        event('00000000-0000-7000-8000-000000000002', 2),
        event('00000000-0000-7000-8000-000000000003', null),
      ]);
    expect(await t.app.get(PurgeProcessedOutboxJob).run()).toBe('ran');
    const left = await t.dataSource
      .getRepository(OutboxEventOrmEntity)
      .findBy({ eventType: 'test.retention-probe' });
    // The waiting event stays however old: it has not been delivered yet.
    expect(left.map((row) => row.id).sort()).toEqual([
      '00000000-0000-7000-8000-000000000002',
      '00000000-0000-7000-8000-000000000003',
    ]);
    expect(await t.app.get(PurgeProcessedOutboxJob).run()).toBe('already-done');
  });
});
