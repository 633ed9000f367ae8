import { dialectOf, timestampType } from '@app/platform';
import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/** The fitted churn model of the latest recalculation. */
export class CreateChurnModels1765600000000 implements MigrationInterface {
  name = 'CreateChurnModels1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'churn_models',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'as_of_day', type: 'integer' },
          { name: 'horizon_days', type: 'integer' },
          { name: 'model', type: 'text' },
          { name: 'fitted_at', type: timestampType(dialectOf(queryRunner)) },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('churn_models');
  }
}
