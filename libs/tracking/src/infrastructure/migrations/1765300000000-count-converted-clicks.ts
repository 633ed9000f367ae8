import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

const ROLLUPS = ['hourly_stats', 'hourly_dimension_stats'];

/**
 * Converting unique clicks (a unique click with at least one approved conversion), counted in
 * the click's hour, so CR is converting unique clicks / unique clicks and never above 1. Rows
 * written before count none; a rollup rebuild (PostgreSQL) fills them from the raw rows.
 */
export class CountConvertedClicks1765300000000 implements MigrationInterface {
  name = 'CountConvertedClicks1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ROLLUPS) {
      await queryRunner.addColumn(
        table,
        new TableColumn({ name: 'converted_clicks', type: 'bigint', default: 0 }),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ROLLUPS) await queryRunner.dropColumn(table, 'converted_clicks');
  }
}
