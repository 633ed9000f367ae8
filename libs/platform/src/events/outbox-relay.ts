import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { IEventHandler } from '@nestjs/cqrs';
import { In } from 'typeorm';
import { Clock, type DomainEvent, type DomainEventClass } from '@app/kernel';
import { UnitOfWork } from '../database/unit-of-work.js';
import { OutboxEventOrmEntity } from './outbox-event.orm-entity.js';
import { OutboxSignal } from './outbox-signal.js';

/** @nestjs/cqrs stores the event classes of an @EventsHandler under this metadata key. */
const EVENTS_HANDLER_METADATA = '__eventsHandler__';

export interface OutboxRelayOptions {
  /** Delivery starts with the application; tests may turn it off and call drain(). */
  autoStart: boolean;
  pollIntervalMs: number;
  batchSize: number;
  /** How long a claimed batch belongs to this relay before another replica may retry it. */
  leaseMs: number;
}

export const OUTBOX_RELAY_OPTIONS = Symbol('OUTBOX_RELAY_OPTIONS');

interface Subscriber {
  name: string;
  eventClass: DomainEventClass;
  handler: IEventHandler<DomainEvent>;
}

/**
 * Delivers outbox events, at least once, to the @nestjs/cqrs event handlers that declare them.
 * Handlers are awaited, so a failure is known: the event is retried with backoff, and the
 * handlers that did succeed see it again (they are idempotent: Transaction.firstDelivery).
 * Replicas share the work by leasing batches (FOR UPDATE SKIP LOCKED on PostgreSQL).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private subscribers = new Map<string, Subscriber[]>();
  private running = false;
  private wakeUp: (() => void) | null = null;
  private loopDone: Promise<void> = Promise.resolve();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly unitOfWork: UnitOfWork,
    private readonly signal: OutboxSignal,
    private readonly clock: Clock,
    @Inject(OUTBOX_RELAY_OPTIONS) private readonly options: OutboxRelayOptions,
  ) {}

  onApplicationBootstrap(): void {
    this.subscribers = this.discoverSubscribers();
    this.signal.onEventsCommitted(() => this.wakeUp?.());
    if (this.options.autoStart) this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loopDone;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loopDone = this.loop();
  }

  /** Delivers until nothing is due: used at shutdown and by tests that need the effects now. */
  async drain(): Promise<void> {
    while ((await this.deliverBatch()) > 0) {
      // keep going: each batch may have raised further events
    }
  }

  /** Claims one batch of due events and delivers it; returns how many were claimed. */
  async deliverBatch(): Promise<number> {
    const batch = await this.claimBatch();
    const unheard = batch.filter((row) => !this.subscribers.has(row.eventType));
    // Events no handler declares are done at once, in one statement, instead of one
    // transaction each: a busy producer (a lead per form submission) would otherwise pay a
    // second commit per event for nothing.
    if (unheard.length > 0) {
      await this.unitOfWork.run(({ manager }) =>
        manager.update(
          OutboxEventOrmEntity,
          { id: In(unheard.map((row) => row.id)) },
          { processedAt: this.clock.now(), leaseUntil: null },
        ),
      );
    }
    for (const row of batch) if (this.subscribers.has(row.eventType)) await this.deliver(row);
    return batch.length;
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let delivered = 0;
      try {
        delivered = await this.deliverBatch();
      } catch (error) {
        this.logger.error(`Outbox delivery failed: ${(error as Error).message}`);
      }
      if (delivered === 0 && this.running) await this.sleep(this.options.pollIntervalMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref();
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }

  private async claimBatch(): Promise<OutboxEventOrmEntity[]> {
    const now = this.clock.now();
    return this.unitOfWork.run(async ({ manager }) => {
      let query = manager
        .getRepository(OutboxEventOrmEntity)
        .createQueryBuilder('event')
        .where('event.processedAt IS NULL')
        .andWhere('event.availableAt <= :now', { now })
        .andWhere('(event.leaseUntil IS NULL OR event.leaseUntil < :now)', { now })
        .orderBy('event.id', 'ASC')
        .limit(this.options.batchSize);
      if (this.unitOfWork.dialect === 'postgres') {
        query = query.setLock('pessimistic_write').setOnLocked('skip_locked');
      }
      const rows = await query.getMany();
      if (rows.length > 0) {
        await manager.update(
          OutboxEventOrmEntity,
          { id: In(rows.map((row) => row.id)) },
          {
            leaseUntil: new Date(now.getTime() + this.options.leaseMs),
            attempts: () => 'attempts + 1',
          },
        );
      }
      return rows;
    });
  }

  private async deliver(row: OutboxEventOrmEntity): Promise<void> {
    const subscribers = this.subscribers.get(row.eventType) ?? [];
    const failures: string[] = [];
    for (const { name, eventClass, handler } of subscribers) {
      try {
        const event = new eventClass(row.payload as never, {
          eventId: row.id,
          occurredAt: row.occurredAt,
        });
        await handler.handle(event);
      } catch (error) {
        failures.push(`${name}: ${(error as Error).message}`);
      }
    }
    await this.unitOfWork.run(({ manager }) => {
      if (failures.length === 0) {
        return manager.update(
          OutboxEventOrmEntity,
          { id: row.id },
          { processedAt: this.clock.now(), leaseUntil: null },
        );
      }
      const attempts = row.attempts + 1;
      this.logger.warn(
        `Event ${row.eventType} ${row.id} failed (attempt ${attempts}): ${failures.join('; ')}`,
      );
      return manager.update(
        OutboxEventOrmEntity,
        { id: row.id },
        {
          lastError: failures.join('; ').slice(0, 2000),
          leaseUntil: null,
          availableAt: retryAt(this.clock.now(), attempts),
        },
      );
    });
  }

  private discoverSubscribers(): Map<string, Subscriber[]> {
    const byType = new Map<string, Subscriber[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const eventClasses = Reflect.getMetadata(EVENTS_HANDLER_METADATA, metatype) as
        DomainEventClass[] | undefined;
      for (const eventClass of eventClasses ?? []) {
        if (!eventClass.eventType) continue; // not one of our domain events
        const list = byType.get(eventClass.eventType) ?? [];
        list.push({
          name: metatype.name,
          eventClass,
          handler: instance as IEventHandler<DomainEvent>,
        });
        byType.set(eventClass.eventType, list);
      }
    }
    return byType;
  }
}

/** Exponential backoff from 1 s, capped at 10 minutes. */
export function retryAt(now: Date, attempts: number): Date {
  const delay = Math.min(1_000 * 2 ** Math.max(0, attempts - 1), 600_000);
  return new Date(now.getTime() + delay);
}
