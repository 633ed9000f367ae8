import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { dialectOf, timestampType } from '@app/platform';

/**
 * Advertisers as records of their own, and campaigns that may name one. advertiser_name stays:
 * existing campaigns and clients keep working, and the id is optional.
 */
export class CreateAdvertisers1764640100000 implements MigrationInterface {
  name = 'CreateAdvertisers1764640100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'advertisers',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'created_at', type: timestampType(dialectOf(queryRunner)) },
        ],
        indices: [
          new TableIndex({ name: 'uq_advertisers_name', columnNames: ['name'], isUnique: true }),
        ],
      }),
    );
    await queryRunner.addColumn(
      'campaigns',
      new TableColumn({ name: 'advertiser_id', type: 'varchar', length: '36', isNullable: true }),
    );
    // An advertiser's conversions are found through its campaigns.
    await queryRunner.createIndex(
      'campaigns',
      new TableIndex({ name: 'idx_campaigns_advertiser_id', columnNames: ['advertiser_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('campaigns', 'idx_campaigns_advertiser_id');
    await queryRunner.dropColumn('campaigns', 'advertiser_id');
    await queryRunner.dropTable('advertisers');
  }
}
