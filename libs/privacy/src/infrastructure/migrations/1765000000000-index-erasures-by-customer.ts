import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * A customer's erasures by the keyed hash of their id: LTV and retention ask, for each
 * conversion event that names a customer, whether that customer was erased since.
 */
export class IndexErasuresByCustomer1765000000000 implements MigrationInterface {
  name = 'IndexErasuresByCustomer1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'privacy_erasures',
      new TableIndex({
        name: 'idx_privacy_erasures_customer_time',
        columnNames: ['customer_id_hash', 'requested_at'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('privacy_erasures', 'idx_privacy_erasures_customer_time');
  }
}
