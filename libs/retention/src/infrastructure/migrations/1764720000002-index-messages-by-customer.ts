import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/** One customer's retention messages in time order (a customer's journey). */
export class IndexMessagesByCustomer1764720000002 implements MigrationInterface {
  name = 'IndexMessagesByCustomer1764720000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'retention_messages',
      new TableIndex({
        name: 'idx_retention_messages_customer_time',
        columnNames: ['customer_id', 'created_at'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('retention_messages', 'idx_retention_messages_customer_time');
  }
}
