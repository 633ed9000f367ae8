import { dialectOf, timestampType } from '@app/platform';
import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

export class Create{{Context}}Tables{{timestamp}} implements MigrationInterface {
  name = 'Create{{Context}}Tables{{timestamp}}';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = timestampType(dialectOf(queryRunner));
    await queryRunner.createTable(
      new Table({
        name: '{{table}}',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'created_at', type: timestamp },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('{{table}}');
  }
}
