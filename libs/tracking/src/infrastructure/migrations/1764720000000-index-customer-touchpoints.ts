import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * Indexes that let analytics find one customer's clicks and conversions, and a period's
 * conversions, without scanning: clicks by the external id a link carried, conversions by the
 * customer a postback named and by their time.
 */
export class IndexCustomerTouchpoints1764720000000 implements MigrationInterface {
  name = 'IndexCustomerTouchpoints1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'clicks',
      new TableIndex({
        name: 'idx_clicks_external_time',
        columnNames: ['external_id', 'clicked_at'],
      }),
    );
    await queryRunner.createIndex(
      'conversions',
      new TableIndex({
        name: 'idx_conversions_customer_time',
        columnNames: ['customer_id', 'converted_at'],
      }),
    );
    await queryRunner.createIndex(
      'conversions',
      new TableIndex({ name: 'idx_conversions_time', columnNames: ['converted_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('conversions', 'idx_conversions_time');
    await queryRunner.dropIndex('conversions', 'idx_conversions_customer_time');
    await queryRunner.dropIndex('clicks', 'idx_clicks_external_time');
  }
}
