import { dialectOf, timestampType } from '@app/platform';
import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

export class CreateAffiliatePostbacks1765100000000 implements MigrationInterface {
  name = 'CreateAffiliatePostbacks1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = timestampType(dialectOf(queryRunner));
    await queryRunner.createTable(
      new Table({
        name: 'affiliate_postbacks',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'event_id', type: 'varchar', length: '36' },
          { name: 'conversion_id', type: 'varchar', length: '36' },
          { name: 'campaign_id', type: 'varchar', length: '36' },
          { name: 'affiliate_id', type: 'varchar', length: '36' },
          { name: 'conversion_status', type: 'varchar', length: '16' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'integer' },
          { name: 'next_attempt_at', type: timestamp, isNullable: true },
          { name: 'lease_until', type: timestamp, isNullable: true },
          { name: 'response_status', type: 'integer', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '500', isNullable: true },
          { name: 'created_at', type: timestamp },
          { name: 'sent_at', type: timestamp, isNullable: true },
        ],
        indices: [
          new TableIndex({
            name: 'uq_affiliate_postbacks_event',
            columnNames: ['event_id'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'idx_affiliate_postbacks_due',
            columnNames: ['status', 'next_attempt_at'],
          }),
          new TableIndex({
            name: 'idx_affiliate_postbacks_affiliate',
            columnNames: ['affiliate_id', 'id'],
          }),
          new TableIndex({
            name: 'idx_affiliate_postbacks_conversion',
            columnNames: ['conversion_id'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('affiliate_postbacks');
  }
}
