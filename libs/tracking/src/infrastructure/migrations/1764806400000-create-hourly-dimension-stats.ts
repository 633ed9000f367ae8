import { dialectOf, timestampType } from '@app/platform';
import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

const counter = (name: string) => ({ name, type: 'bigint', default: 0 });

/**
 * The dimensional rollup (traffic by country, device and sub1 without reading raw clicks). The
 * real-time view's 60-minute window of conversions reads idx_conversions_time (1764720000000).
 */
export class CreateHourlyDimensionStats1764806400000 implements MigrationInterface {
  name = 'CreateHourlyDimensionStats1764806400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = timestampType(dialectOf(queryRunner));
    await queryRunner.createTable(
      new Table({
        name: 'hourly_dimension_stats',
        columns: [
          { name: 'dimension', type: 'varchar', length: '16', isPrimary: true },
          { name: 'hour', type: timestamp, isPrimary: true },
          { name: 'campaign_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'affiliate_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'value', type: 'varchar', length: '255', isPrimary: true },
          ...[
            'clicks',
            'unique_clicks',
            'bot_clicks',
            'blocked_clicks',
            'conversions',
            'revenue_minor',
            'payout_minor',
          ].map(counter),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('hourly_dimension_stats');
  }
}
