import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/**
 * The payout a postback claimed, kept apart from the payout the campaign's policy grants; and
 * a count of conversions on fraudulent (safe-page) clicks in both rollups, for the fraud
 * numbers beside bot and blocked clicks. Conversions recorded before claimed nothing on record
 * and count as no fraud.
 */
export class RecordReportedPayoutAndFraud1765317100000 implements MigrationInterface {
  name = 'RecordReportedPayoutAndFraud1765317100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'conversions',
      new TableColumn({ name: 'reported_payout_minor', type: 'bigint', isNullable: true }),
    );
    for (const table of ['hourly_stats', 'hourly_dimension_stats']) {
      await queryRunner.addColumn(
        table,
        new TableColumn({ name: 'fraudulent_conversions', type: 'bigint', default: 0 }),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['hourly_dimension_stats', 'hourly_stats']) {
      await queryRunner.dropColumn(table, 'fraudulent_conversions');
    }
    await queryRunner.dropColumn('conversions', 'reported_payout_minor');
  }
}
