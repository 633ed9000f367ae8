import { dialectOf, timestampType } from '@app/platform';
import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

export class CreateConversions1764288000000 implements MigrationInterface {
  name = 'CreateConversions1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = timestampType(dialectOf(queryRunner));
    await queryRunner.createTable(
      new Table({
        name: 'conversions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'click_id', type: 'varchar', length: '24' },
          { name: 'clicked_at', type: timestamp },
          { name: 'campaign_id', type: 'varchar', length: '36' },
          { name: 'affiliate_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'transaction_id', type: 'varchar', length: '255' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'status_reason', type: 'varchar', length: '64', isNullable: true },
          { name: 'revenue_minor', type: 'bigint', isNullable: true },
          { name: 'payout_minor', type: 'bigint' },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'customer_id', type: 'varchar', length: '255', isNullable: true },
          { name: 'converted_at', type: timestamp },
          { name: 'updated_at', type: timestamp },
        ],
        indices: [
          new TableIndex({
            name: 'uq_conversions_click_transaction',
            columnNames: ['click_id', 'transaction_id'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'idx_conversions_campaign_time',
            columnNames: ['campaign_id', 'converted_at'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('conversions');
  }
}
