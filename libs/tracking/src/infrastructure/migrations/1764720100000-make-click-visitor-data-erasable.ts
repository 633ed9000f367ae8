import { dialectOf } from '@app/platform';
import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

const ERASABLE = [
  { name: 'ip', length: '45' },
  { name: 'user_agent', length: '1024' },
];

/**
 * A click's IP and user agent become nullable: an erased customer's clicks keep their counts
 * and campaign but lose the visitor's data.
 */
export class MakeClickVisitorDataErasable1764720100000 implements MigrationInterface {
  name = 'MakeClickVisitorDataErasable1764720100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.setNullable(queryRunner, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.setNullable(queryRunner, false);
  }

  private async setNullable(queryRunner: QueryRunner, isNullable: boolean): Promise<void> {
    if (dialectOf(queryRunner) === 'postgres') {
      // clicks is the biggest table: dropping NOT NULL only changes the catalog, where the
      // generic changeColumn might rebuild columns. (SET NOT NULL fails on erased rows.)
      const change = isNullable ? 'DROP NOT NULL' : 'SET NOT NULL';
      await queryRunner.query(
        `ALTER TABLE clicks ${ERASABLE.map(({ name }) => `ALTER COLUMN ${name} ${change}`).join(', ')}`,
      );
      return;
    }
    // SQLite cannot alter a column: TypeORM rebuilds the table, as it does for every change.
    await queryRunner.changeColumns(
      'clicks',
      ERASABLE.map(({ name, length }) => ({
        oldColumn: new TableColumn({ name, type: 'varchar', length, isNullable: !isNullable }),
        newColumn: new TableColumn({ name, type: 'varchar', length, isNullable }),
      })),
    );
  }
}
