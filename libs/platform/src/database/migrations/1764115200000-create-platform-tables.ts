import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { dialectOf, timestampType } from '../timestamp-column.js';

/** The kernel's own tables: API keys, the event outbox, consumer dedupe, scheduled job runs. */
export class CreatePlatformTables1764115200000 implements MigrationInterface {
  name = 'CreatePlatformTables1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = timestampType(dialectOf(queryRunner));
    await queryRunner.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'prefix', type: 'varchar', length: '16' },
          { name: 'key_hash', type: 'varchar', length: '64' },
          { name: 'scopes', type: 'jsonb' },
          { name: 'created_at', type: timestamp },
          { name: 'last_used_at', type: timestamp, isNullable: true },
          { name: 'revoked_at', type: timestamp, isNullable: true },
        ],
        indices: [
          new TableIndex({
            name: 'uq_api_keys_key_hash',
            columnNames: ['key_hash'],
            isUnique: true,
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'outbox_events',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'event_type', type: 'varchar', length: '200' },
          { name: 'payload', type: 'jsonb' },
          { name: 'occurred_at', type: timestamp },
          { name: 'available_at', type: timestamp },
          { name: 'lease_until', type: timestamp, isNullable: true },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'last_error', type: 'text', isNullable: true },
          { name: 'processed_at', type: timestamp, isNullable: true },
        ],
        indices: [
          new TableIndex({
            name: 'idx_outbox_events_pending',
            columnNames: ['processed_at', 'available_at'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'processed_events',
        columns: [
          { name: 'consumer', type: 'varchar', length: '200', isPrimary: true },
          { name: 'event_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'processed_at', type: timestamp },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'job_runs',
        columns: [
          { name: 'job', type: 'varchar', length: '100', isPrimary: true },
          { name: 'period', type: 'varchar', length: '64', isPrimary: true },
          { name: 'started_at', type: timestamp },
          { name: 'finished_at', type: timestamp },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['job_runs', 'processed_events', 'outbox_events', 'api_keys']) {
      await queryRunner.dropTable(table);
    }
  }
}
