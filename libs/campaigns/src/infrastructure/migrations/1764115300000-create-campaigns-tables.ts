import { dialectOf, timestampType } from '@app/platform';
import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

export class CreateCampaignsTables1764115300000 implements MigrationInterface {
  name = 'CreateCampaignsTables1764115300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = timestampType(dialectOf(queryRunner));
    await queryRunner.createTable(
      new Table({
        name: 'campaigns',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'advertiser_name', type: 'varchar', length: '200' },
          { name: 'offer_url', type: 'varchar', length: '2048' },
          { name: 'safe_page_url', type: 'varchar', length: '2048', isNullable: true },
          { name: 'payout_model', type: 'varchar', length: '16' },
          { name: 'payout_amount', type: 'bigint' },
          { name: 'payout_currency', type: 'varchar', length: '3' },
          { name: 'budget_total', type: 'bigint', isNullable: true },
          { name: 'budget_daily', type: 'bigint', isNullable: true },
          { name: 'starts_at', type: timestamp, isNullable: true },
          { name: 'ends_at', type: timestamp, isNullable: true },
          { name: 'target_countries', type: 'jsonb' },
          { name: 'target_devices', type: 'jsonb' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'created_at', type: timestamp },
          { name: 'updated_at', type: timestamp },
          { name: 'version', type: 'integer' },
        ],
        indices: [
          new TableIndex({ name: 'idx_campaigns_status_id', columnNames: ['status', 'id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'affiliates',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'postback_url', type: 'varchar', length: '2048', isNullable: true },
          { name: 'created_at', type: timestamp },
          { name: 'updated_at', type: timestamp },
        ],
        indices: [
          new TableIndex({ name: 'uq_affiliates_email', columnNames: ['email'], isUnique: true }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('affiliates');
    await queryRunner.dropTable('campaigns');
  }
}
