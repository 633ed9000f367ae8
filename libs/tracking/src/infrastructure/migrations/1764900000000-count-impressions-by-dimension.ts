import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/**
 * Impressions in the dimensional rollup: a pixel's country and device come from its request,
 * its sub1 from its URL, so CTR by country, device and sub1 has a denominator. Rows written
 * before count no impressions.
 */
export class CountImpressionsByDimension1764900000000 implements MigrationInterface {
  name = 'CountImpressionsByDimension1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'hourly_dimension_stats',
      new TableColumn({ name: 'impressions', type: 'bigint', default: 0 }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('hourly_dimension_stats', 'impressions');
  }
}
