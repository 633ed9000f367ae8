import { dialectOf, timestampType } from '@app/platform';
import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

const counter = (name: string) => ({ name, type: 'bigint', default: 0 });

export class CreateTrackingTables1764201600000 implements MigrationInterface {
  name = 'CreateTrackingTables1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = timestampType(dialectOf(queryRunner));
    const optionalText = (name: string, length: string) => ({
      name,
      type: 'varchar',
      length,
      isNullable: true,
    });
    await queryRunner.createTable(
      new Table({
        name: 'clicks',
        columns: [
          // Time first in the key: new rows append at the end of the index instead of landing
          // at random places (the id's base64url text does not sort by time).
          { name: 'clicked_at', type: timestamp, isPrimary: true },
          { name: 'id', type: 'varchar', length: '24', isPrimary: true },
          { name: 'campaign_id', type: 'varchar', length: '36' },
          optionalText('affiliate_id', '36'),
          ...['sub1', 'sub2', 'sub3', 'sub4', 'sub5', 'external_id'].map((name) =>
            optionalText(name, '255'),
          ),
          { name: 'ip', type: 'varchar', length: '45' },
          { name: 'user_agent', type: 'varchar', length: '1024' },
          optionalText('referrer', '2048'),
          optionalText('country', '2'),
          optionalText('device_type', '16'),
          optionalText('os', '64'),
          optionalText('browser', '64'),
          { name: 'is_bot', type: 'boolean' },
          { name: 'is_blocked', type: 'boolean' },
          { name: 'is_unique', type: 'boolean' },
          { name: 'reasons', type: 'jsonb' },
          { name: 'destination_kind', type: 'varchar', length: '16' },
          { name: 'destination', type: 'text' },
        ],
        indices: [
          new TableIndex({
            name: 'idx_clicks_campaign_time',
            columnNames: ['campaign_id', 'clicked_at'],
          }),
          new TableIndex({
            name: 'idx_clicks_affiliate_time',
            columnNames: ['affiliate_id', 'clicked_at'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'click_fingerprints',
        columns: [
          { name: 'fingerprint', type: 'varchar', length: '32', isPrimary: true },
          { name: 'last_seen', type: timestamp },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'hourly_stats',
        columns: [
          { name: 'hour', type: timestamp, isPrimary: true },
          { name: 'campaign_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'affiliate_id', type: 'varchar', length: '36', isPrimary: true },
          ...[
            'impressions',
            'clicks',
            'unique_clicks',
            'bot_clicks',
            'blocked_clicks',
            'conversions',
            'revenue_minor',
            'payout_minor',
          ].map(counter),
        ],
        // Performance and spend read one campaign over a time range.
        indices: [
          new TableIndex({
            name: 'idx_hourly_stats_campaign_hour',
            columnNames: ['campaign_id', 'hour'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'blocklist_entries',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'value', type: 'varchar', length: '255' },
          optionalText('note', '500'),
          { name: 'created_at', type: timestamp },
        ],
        indices: [
          new TableIndex({
            name: 'uq_blocklist_entries_kind_value',
            columnNames: ['kind', 'value'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['blocklist_entries', 'hourly_stats', 'click_fingerprints', 'clicks']) {
      await queryRunner.dropTable(table);
    }
  }
}
