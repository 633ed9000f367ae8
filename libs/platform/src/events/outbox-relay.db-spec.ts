import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainEvent } from '@app/kernel';
import { type DbSpec, startDbSpec } from '../../../../test/support/db-spec.js';
import { testDialect } from '../../../../test/support/test-database.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { OutboxEventOrmEntity } from './outbox-event.orm-entity.js';
import { OUTBOX_RELAY_OPTIONS, OutboxRelay } from './outbox-relay.js';

class ParcelShippedEvent extends DomainEvent<{ parcelId: string }> {
  static readonly eventType = 'test.parcel-shipped';
}

/** An idempotent consumer: applies each event once, however often it is delivered. */
@Injectable()
@EventsHandler(ParcelShippedEvent)
class ShipmentLedger implements IEventHandler<ParcelShippedEvent> {
  deliveries: string[] = [];
  applied: string[] = [];

  constructor(private readonly unitOfWork: UnitOfWork) {}

  async handle(event: ParcelShippedEvent): Promise<void> {
    this.deliveries.push(event.payload.parcelId);
    await this.unitOfWork.run(async (tx) => {
      if (await tx.firstDelivery('ShipmentLedger', event.eventId))
        this.applied.push(event.payload.parcelId);
    });
  }
}

/** A second consumer of the same event, failing as often as it is told for a parcel. */
@Injectable()
@EventsHandler(ParcelShippedEvent)
class Courier implements IEventHandler<ParcelShippedEvent> {
  failures = new Map<string, number>();

  handle(event: ParcelShippedEvent): Promise<void> {
    const left = this.failures.get(event.payload.parcelId) ?? 0;
    if (left === 0) return Promise.resolve();
    this.failures.set(event.payload.parcelId, left - 1);
    return Promise.reject(new Error('courier unavailable'));
  }
}

const SECOND = 1_000;

describe('the outbox relay', () => {
  let db: DbSpec;
  let unitOfWork: UnitOfWork;
  let relay: OutboxRelay;
  let ledger: ShipmentLedger;
  let courier: Courier;

  beforeAll(async () => {
    db = await startDbSpec({
      schemas: [],
      imports: [DiscoveryModule],
      providers: [
        OutboxRelay,
        {
          provide: OUTBOX_RELAY_OPTIONS,
          useValue: {
            autoStart: false,
            pollIntervalMs: SECOND,
            batchSize: 3,
            leaseMs: 30 * SECOND,
          },
        },
        ShipmentLedger,
        Courier,
      ],
    });
    unitOfWork = db.get(UnitOfWork);
    relay = db.get(OutboxRelay);
    ledger = db.get(ShipmentLedger);
    courier = db.get(Courier);
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await db.clear('outbox_events', 'processed_events');
    db.clock.set(new Date('2026-11-26T09:00:00Z'));
    ledger.deliveries = [];
    ledger.applied = [];
    courier.failures.clear();
  });

  /** Raises one event per parcel, each in a transaction of its own. */
  const ship = async (...parcelIds: string[]) => {
    for (const parcelId of parcelIds)
      await unitOfWork.run((tx) =>
        tx.recordEvents([new ParcelShippedEvent({ parcelId }, { occurredAt: db.clock.now() })]),
      );
  };
  const rows = () =>
    db.dataSource.getRepository(OutboxEventOrmEntity).find({ order: { id: 'ASC' } });
  const later = (ms: number) => new Date(db.clock.now().getTime() + ms);

  it('delivers a committed event once, and never one whose transaction rolled back', async () => {
    await ship('p-1');
    await expect(
      unitOfWork.run(async (tx) => {
        await tx.recordEvents([new ParcelShippedEvent({ parcelId: 'p-lost' })]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    await relay.drain();
    await relay.drain();

    expect(ledger.deliveries).toEqual(['p-1']);
    expect(await rows()).toEqual([
      expect.objectContaining({
        eventType: 'test.parcel-shipped',
        payload: { parcelId: 'p-1' },
        attempts: 1,
        leaseUntil: null,
        lastError: null,
        processedAt: db.clock.now(),
      }),
    ]);
  });

  it('claims the oldest due events, a batch at a time', async () => {
    await ship('p-1', 'p-2', 'p-3', 'p-4', 'p-5');
    // Due exactly now counts as due; a millisecond later does not.
    const [, second, third] = await rows();
    await db.dataSource
      .getRepository(OutboxEventOrmEntity)
      .update({ id: second.id }, { availableAt: db.clock.now() });
    await db.dataSource
      .getRepository(OutboxEventOrmEntity)
      .update({ id: third.id }, { availableAt: later(1) });

    expect(await relay.deliverBatch()).toBe(3);
    expect(ledger.deliveries).toEqual(['p-1', 'p-2', 'p-4']);
    expect(await relay.deliverBatch()).toBe(1);
    expect(await relay.deliverBatch()).toBe(0);
    expect(ledger.deliveries).toEqual(['p-1', 'p-2', 'p-4', 'p-5']);

    db.clock.advance(1);
    await relay.drain();
    expect(ledger.deliveries).toEqual(['p-1', 'p-2', 'p-4', 'p-5', 'p-3']);
  });

  it('retries an event a handler failed, with a doubling backoff, applying it once', async () => {
    courier.failures.set('p-1', 2);
    await ship('p-1', 'p-2');

    await relay.drain();
    // The other event of the batch is done; the failed one waits a second.
    const [failed, done] = await rows();
    expect(done.processedAt).toEqual(db.clock.now());
    expect(failed).toMatchObject({
      processedAt: null,
      leaseUntil: null,
      attempts: 1,
      availableAt: later(SECOND),
      lastError: 'Courier: courier unavailable',
    });

    db.clock.advance(SECOND - 1);
    await relay.drain();
    expect(ledger.deliveries).toEqual(['p-1', 'p-2']);
    db.clock.advance(1);
    await relay.drain();
    expect((await rows())[0]).toMatchObject({ attempts: 2, availableAt: later(2 * SECOND) });

    db.clock.advance(2 * SECOND);
    await relay.drain();
    expect((await rows())[0]).toMatchObject({ attempts: 3, processedAt: db.clock.now() });
    // Delivered three times to the ledger, which applied it once.
    expect(ledger.deliveries).toEqual(['p-1', 'p-2', 'p-1', 'p-1']);
    expect(ledger.applied).toEqual(['p-1', 'p-2']);
  });

  it('takes over an event whose relay stopped mid-delivery once its lease has run out', async () => {
    await ship('p-1');
    // As a relay leaves a row it claimed and then died with.
    const [claimed] = await rows();
    await db.dataSource
      .getRepository(OutboxEventOrmEntity)
      .update({ id: claimed.id }, { leaseUntil: later(30 * SECOND), attempts: 1 });

    await relay.drain();
    db.clock.advance(30 * SECOND);
    await relay.drain();
    expect(ledger.deliveries).toEqual([]);

    db.clock.advance(1);
    await relay.drain();
    expect(ledger.deliveries).toEqual(['p-1']);
    expect((await rows())[0]).toMatchObject({ attempts: 2, leaseUntil: null });
  });

  it.runIf(testDialect() === 'postgres')(
    'skips the events another replica holds locked instead of waiting for them',
    async () => {
      await ship('p-1', 'p-2', 'p-3');
      const [locked] = await rows();
      const replica = db.dataSource.createQueryRunner();
      await replica.connect();
      try {
        await replica.startTransaction();
        await replica.query('SELECT id FROM outbox_events WHERE id = $1 FOR UPDATE', [locked.id]);

        const claimed = await Promise.race([
          relay.deliverBatch(),
          new Promise<string>((resolve) => setTimeout(() => resolve('waited'), 5 * SECOND)),
        ]);

        expect(claimed).toBe(2);
        expect(ledger.deliveries).toEqual(['p-2', 'p-3']);
        await replica.commitTransaction();
      } finally {
        await replica.release();
      }
      await relay.drain();
      expect(ledger.deliveries).toEqual(['p-2', 'p-3', 'p-1']);
    },
  );
});
