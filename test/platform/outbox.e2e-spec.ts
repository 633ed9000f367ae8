import { Global, Injectable, Module } from '@nestjs/common';
import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainEvent, FixedClock } from '@app/kernel';
import {
  ApiKeyVerifier,
  loadConfig,
  OutboxRelay,
  PlatformModule,
  platformSchema,
  UnitOfWork,
} from '@app/platform';
import { createTestDatabase } from '../support/test-database.js';

class ParcelShippedEvent extends DomainEvent<{ parcelId: string }> {
  static readonly eventType = 'test.parcel-shipped';
}

/** No handler declares it. */
class ParcelWeighedEvent extends DomainEvent<{ parcelId: string }> {
  static readonly eventType = 'test.parcel-weighed';
}

/** A consumer that can be told to fail, and applies each event once (idempotent). */
@Injectable()
@EventsHandler(ParcelShippedEvent)
class ShipmentRecorder implements IEventHandler<ParcelShippedEvent> {
  deliveries: string[] = [];
  applied: string[] = [];
  failuresLeft = 0;

  constructor(private readonly unitOfWork: UnitOfWork) {}

  async handle(event: ParcelShippedEvent): Promise<void> {
    this.deliveries.push(event.payload.parcelId);
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new Error('downstream unavailable');
    }
    await this.unitOfWork.run(async (tx) => {
      if (await tx.firstDelivery('ShipmentRecorder', event.eventId))
        this.applied.push(event.payload.parcelId);
    });
  }
}

@Module({ providers: [ShipmentRecorder] })
class RecorderModule {}

/** The platform alone, without the access context: its key guard needs a verifier to start. */
@Global()
@Module({
  providers: [{ provide: ApiKeyVerifier, useValue: { verify: () => Promise.resolve(null) } }],
  exports: [ApiKeyVerifier],
})
class NoKeysModule {}

describe('the transactional outbox', () => {
  const clock = new FixedClock(new Date('2026-11-26T09:00:00Z'));
  let close: () => Promise<void>;
  let unitOfWork: UnitOfWork;
  let relay: OutboxRelay;
  let recorder: ShipmentRecorder;
  let dataSource: DataSource;

  beforeAll(async () => {
    const database = await createTestDatabase();
    const config = {
      ...loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv),
      database: database.config,
    };
    const moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot({
          config,
          schema: platformSchema,
          clock,
          outbox: { autoStart: false },
        }),
        RecorderModule,
        NoKeysModule,
      ],
    }).compile();
    const app = moduleRef.createNestApplication(new FastifyAdapter());
    await app.init();
    unitOfWork = app.get(UnitOfWork);
    relay = app.get(OutboxRelay);
    recorder = app.get(ShipmentRecorder);
    dataSource = app.get<DataSource>(getDataSourceToken());
    close = async () => {
      await app.close();
      await database.drop();
    };
  });
  afterAll(() => close());

  beforeEach(async () => {
    await dataSource.query('DELETE FROM outbox_events');
    recorder.deliveries = [];
    recorder.applied = [];
    recorder.failuresLeft = 0;
  });

  const ship = (parcelId: string) =>
    unitOfWork.run((tx) =>
      tx.recordEvents([new ParcelShippedEvent({ parcelId }, { occurredAt: clock.now() })]),
    );

  it('delivers an event committed with its change to the handler that declares it', async () => {
    await ship('p-1');
    await relay.drain();
    expect(recorder.applied).toEqual(['p-1']);
    const [row] = await dataSource.query('SELECT processed_at, attempts FROM outbox_events');
    expect(row.processed_at).not.toBeNull();
    expect(Number(row.attempts)).toBe(1);
  });

  it('marks events no handler declares as processed, in the same pass as the others', async () => {
    await unitOfWork.run((tx) =>
      tx.recordEvents([
        new ParcelWeighedEvent({ parcelId: 'p-2' }, { occurredAt: clock.now() }),
        new ParcelShippedEvent({ parcelId: 'p-3' }, { occurredAt: clock.now() }),
        new ParcelWeighedEvent({ parcelId: 'p-4' }, { occurredAt: clock.now() }),
      ]),
    );
    expect(await relay.deliverBatch()).toBe(3);
    expect(recorder.applied).toEqual(['p-3']);
    const rows: { processed_at: unknown }[] = await dataSource.query(
      'SELECT processed_at FROM outbox_events',
    );
    expect(rows.map((row) => row.processed_at !== null)).toEqual([true, true, true]);
  });

  it('writes nothing when the transaction that raised the event rolls back', async () => {
    await expect(
      unitOfWork.run(async (tx) => {
        await tx.recordEvents([new ParcelShippedEvent({ parcelId: 'p-lost' })]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await relay.drain();
    expect(await dataSource.query('SELECT id FROM outbox_events')).toHaveLength(0);
    expect(recorder.deliveries).toEqual([]);
  });

  it('keeps a failed event and retries it after a backoff, until it is handled', async () => {
    recorder.failuresLeft = 1;
    await ship('p-2');
    await relay.drain();
    expect(recorder.deliveries).toEqual(['p-2']);
    const [failed] = await dataSource.query('SELECT processed_at, last_error FROM outbox_events');
    expect(failed.processed_at).toBeNull();
    expect(failed.last_error).toContain('downstream unavailable');

    await relay.drain(); // not due yet: the backoff holds it back
    expect(recorder.deliveries).toEqual(['p-2']);

    clock.advance(1_500);
    await relay.drain();
    expect(recorder.deliveries).toEqual(['p-2', 'p-2']);
    expect(recorder.applied).toEqual(['p-2']);
  });

  it('lets two relays work at once without delivering an event twice', async () => {
    for (let i = 0; i < 30; i += 1) await ship(`p-${i}`);
    await Promise.all([relay.deliverBatch(), relay.deliverBatch(), relay.drain()]);
    await relay.drain();
    expect(recorder.deliveries).toHaveLength(30);
    expect(new Set(recorder.deliveries).size).toBe(30);
  });

  it('applies a redelivered event only once (idempotent consumer)', async () => {
    const event = new ParcelShippedEvent({ parcelId: 'p-again' });
    await recorder.handle(event);
    await recorder.handle(event);
    expect(recorder.deliveries).toEqual(['p-again', 'p-again']);
    expect(recorder.applied).toEqual(['p-again']);
  });
});
