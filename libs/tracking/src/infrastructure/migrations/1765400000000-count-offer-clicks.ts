import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

const ROLLUPS = ['hourly_stats', 'hourly_dimension_stats'];

/**
 * Clicks sent to the offer, a visitor's repeats included (never a bot's, a blocked one or any
 * other safe-page click): EPC's denominator. Rows written before count none, so EPC over those
 * hours is null or too high until a rollup rebuild (PostgreSQL) fills them from the raw clicks.
 */
export class CountOfferClicks1765400000000 implements MigrationInterface {
  name = 'CountOfferClicks1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ROLLUPS) {
      await queryRunner.addColumn(
        table,
        new TableColumn({ name: 'offer_clicks', type: 'bigint', default: 0 }),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ROLLUPS) await queryRunner.dropColumn(table, 'offer_clicks');
  }
}
