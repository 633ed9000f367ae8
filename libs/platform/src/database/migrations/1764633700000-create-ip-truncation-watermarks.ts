import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { dialectOf, timestampType } from '../timestamp-column.js';

/** Where each IP truncation sweep stands in its table (see IpTruncationSweeper). */
export class CreateIpTruncationWatermarks1764633700000 implements MigrationInterface {
  name = 'CreateIpTruncationWatermarks1764633700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = timestampType(dialectOf(queryRunner));
    await queryRunner.createTable(
      new Table({
        name: 'ip_truncation_watermarks',
        columns: [
          { name: 'sweep', type: 'varchar', length: '100', isPrimary: true },
          { name: 'last_time', type: timestamp },
          { name: 'last_id', type: 'varchar', length: '64' },
          { name: 'updated_at', type: timestamp },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ip_truncation_watermarks');
  }
}
