import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  type ObjectLiteral,
  type QueryDeepPartialEntity,
} from 'typeorm';
import type { DomainEvent } from '@app/kernel';
import { OutboxEventOrmEntity } from '../events/outbox-event.orm-entity.js';
import { OutboxSignal } from '../events/outbox-signal.js';
import { ProcessedEventOrmEntity } from '../events/processed-event.orm-entity.js';

/** What a unit of work hands to the code that runs inside it. */
export interface Transaction {
  readonly manager: EntityManager;
  /** Writes events to the outbox; they are delivered only if this transaction commits. */
  recordEvents(events: readonly DomainEvent[]): Promise<void>;
  /**
   * Marks `eventId` as applied by `consumer`; false when it already was. An idempotent event
   * handler calls this first and does nothing more on false.
   */
  firstDelivery(consumer: string, eventId: string): Promise<boolean>;
}

/**
 * Runs work in one database transaction. On SQLite the one connection cannot hold two
 * transactions at once (TypeORM would nest them as savepoints of each other), so units of
 * work are queued there; on PostgreSQL each takes its own pooled connection.
 * Do not start a unit of work inside another: pass the Transaction down instead.
 */
@Injectable()
export class UnitOfWork {
  private queueTail: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signal: OutboxSignal,
  ) {}

  get dialect(): 'postgres' | 'sqlite' {
    return this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
  }

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    let recorded = false;
    const execute = () =>
      this.dataSource.transaction(async (manager) => {
        const tx: Transaction = {
          manager,
          recordEvents: async (events) => {
            if (events.length === 0) return;
            recorded = true;
            await manager.insert(OutboxEventOrmEntity, events.map(toOutboxRow));
          },
          firstDelivery: (consumer, eventId) => firstDelivery(manager, consumer, eventId),
        };
        return work(tx);
      });
    const result = await (this.dialect === 'sqlite' ? this.queued(execute) : execute());
    if (recorded) this.signal.eventsCommitted();
    return result;
  }

  /**
   * One UPDATE as a unit of its own, for code outside any transaction (delivery jobs): on
   * SQLite's one connection a bare write could run inside another unit's open transaction and
   * be rolled back with it. Returns how many rows changed.
   */
  update<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    where: FindOptionsWhere<T>,
    changes: QueryDeepPartialEntity<T>,
  ): Promise<number> {
    return this.run(async ({ manager }) => {
      const result = await manager.update(entity, where, changes);
      return result.affected ?? 0;
    });
  }

  private queued<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queueTail.then(task, task);
    this.queueTail = result.catch(() => undefined);
    return result;
  }
}

function toOutboxRow(event: DomainEvent): Partial<OutboxEventOrmEntity> {
  return {
    id: event.eventId,
    eventType: event.eventType,
    payload: event.payload,
    occurredAt: event.occurredAt,
    availableAt: event.occurredAt,
    leaseUntil: null,
    attempts: 0,
    lastError: null,
    processedAt: null,
  };
}

async function firstDelivery(
  manager: EntityManager,
  consumer: string,
  eventId: string,
): Promise<boolean> {
  // INSERT .. ON CONFLICT DO NOTHING RETURNING: one row back means this call inserted it.
  const [sql, parameters] = manager
    .createQueryBuilder()
    .insert()
    .into(ProcessedEventOrmEntity)
    .values({ consumer, eventId, processedAt: new Date() })
    .orIgnore()
    .getQueryAndParameters();
  const rows: unknown = await manager.query(`${sql} RETURNING "event_id"`, parameters);
  return Array.isArray(rows) && rows.length === 1;
}
