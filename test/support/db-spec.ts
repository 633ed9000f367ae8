import type { Abstract, DynamicModule, LoggerService, Provider, Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock, FixedClock } from '@app/kernel';
import { DatabaseModule, type DatabaseSchema, platformSchema, UnitOfWork } from '@app/platform';
import { OutboxEventOrmEntity } from '../../libs/platform/src/events/outbox-event.orm-entity.js';
import { OutboxSignal } from '../../libs/platform/src/events/outbox-signal.js';
import { createTestDatabase } from './test-database.js';

/**
 * The medium tier (`*.db-spec.ts`): the SQL of a few providers against a real database, without
 * HTTP and without the app. One database per file, made by the migrations of the schemas the
 * file names (the platform's always: the migrations table, the outbox), shared by its tests.
 */
export interface DbSpec {
  readonly dataSource: DataSource;
  /** The Clock the providers see; it stands still until a test moves it. */
  readonly clock: FixedClock;
  get<T>(token: Type<T> | Abstract<T>): T;
  /** The events written to the outbox, oldest first. */
  outbox(): Promise<{ eventType: string; payload: object }[]>;
  /** Empties `tables`, so that each test starts from the rows it writes itself. */
  clear(...tables: string[]): Promise<void>;
  close(): Promise<void>;
}

export interface DbSpecOptions {
  /** The contexts whose tables the subject reads and writes. */
  schemas: DatabaseSchema[];
  /** The providers under test and what they need beyond a UnitOfWork and the Clock. */
  providers?: Provider[];
  imports?: (Type | DynamicModule)[];
}

const SILENT: LoggerService = { log() {}, error() {}, warn() {} };

export async function startDbSpec(options: DbSpecOptions): Promise<DbSpec> {
  const database = await createTestDatabase();
  const parts = [platformSchema, ...options.schemas];
  const schema: DatabaseSchema = {
    entities: parts.flatMap((part) => part.entities as never[]),
    migrations: parts.flatMap((part) => part.migrations as never[]),
  };
  const clock = new FixedClock(new Date('2026-11-26T09:00:00Z'));
  let moduleRef: TestingModule;
  try {
    moduleRef = await Test.createTestingModule({
      imports: [DatabaseModule.forRoot(database.config, schema), ...(options.imports ?? [])],
      providers: [
        UnitOfWork,
        OutboxSignal,
        { provide: Clock, useValue: clock },
        ...(options.providers ?? []),
      ],
    })
      // The specs assert results; a provider's warnings about the failures they provoke are noise.
      .setLogger(SILENT)
      .compile();
    await moduleRef.init();
  } catch (error) {
    await database.drop();
    throw error;
  }
  const dataSource = moduleRef.get<DataSource>(getDataSourceToken());
  return {
    dataSource,
    clock,
    get: (token) => moduleRef.get(token),
    outbox: async () =>
      (await dataSource.getRepository(OutboxEventOrmEntity).find({ order: { id: 'ASC' } })).map(
        ({ eventType, payload }) => ({ eventType, payload }),
      ),
    clear: async (...tables) => {
      for (const table of tables) await dataSource.query(`DELETE FROM ${table}`);
    },
    close: async () => {
      await moduleRef.close();
      await database.drop();
    },
  };
}
