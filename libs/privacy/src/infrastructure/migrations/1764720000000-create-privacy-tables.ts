import { dialectOf, timestampType } from '@app/platform';
import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

export class CreatePrivacyTables1764720000000 implements MigrationInterface {
  name = 'CreatePrivacyTables1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = timestampType(dialectOf(queryRunner));
    const text = (name: string, length: number, isNullable = false) => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    await queryRunner.createTable(
      new Table({
        name: 'privacy_erasures',
        columns: [
          { ...text('id', 36), isPrimary: true },
          text('customer_id_hash', 64),
          text('email_hash', 64, true),
          text('requested_by_key_id', 36, true),
          text('requested_by_name', 100),
          { name: 'requested_at', type: timestamp },
          { name: 'completed_at', type: timestamp, isNullable: true },
          text('pending_customer_id', 255, true),
          text('pending_email', 254, true),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'privacy_erasure_steps',
        columns: [
          { ...text('erasure_id', 36), isPrimary: true },
          { ...text('context', 32), isPrimary: true },
          text('status', 16),
          { name: 'rows_affected', type: 'integer', isNullable: true },
          { name: 'completed_at', type: timestamp, isNullable: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('privacy_erasure_steps');
    await queryRunner.dropTable('privacy_erasures');
  }
}
