import { newId } from '@app/kernel';
import { dialectOf } from '@app/platform';
import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/**
 * Every campaign belongs to an advertiser record, because each advertiser's postback
 * credentials are what record its campaigns' conversions. Campaigns that named only an
 * advertiserName get the advertiser of that name (registered here when there is none, as of
 * its first campaign), and advertiser_id becomes required.
 */
export class EveryCampaignHasAnAdvertiser1765200100000 implements MigrationInterface {
  name = 'EveryCampaignHasAnAdvertiser1765200100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const p = dialectOf(queryRunner) === 'postgres' ? (n: number) => `$${n}` : () => '?';
    const unregistered: { name: string }[] = await queryRunner.query(
      `SELECT DISTINCT advertiser_name AS name FROM campaigns
        WHERE advertiser_id IS NULL
          AND advertiser_name NOT IN (SELECT name FROM advertisers)`,
    );
    for (const { name } of unregistered) {
      await queryRunner.query(
        `INSERT INTO advertisers (id, name, created_at)
         SELECT ${p(1)}, advertiser_name, MIN(created_at) FROM campaigns
          WHERE advertiser_name = ${p(2)} GROUP BY advertiser_name`,
        [newId(), name],
      );
    }
    await queryRunner.query(
      `UPDATE campaigns SET advertiser_id =
         (SELECT a.id FROM advertisers a WHERE a.name = campaigns.advertiser_name)
        WHERE advertiser_id IS NULL`,
    );
    await required(queryRunner, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await required(queryRunner, false);
  }
}

/**
 * SQLite cannot alter a column, so TypeORM rebuilds the table (indexes included). On
 * PostgreSQL its changeColumn lost the column's index, so the constraint is set in place.
 */
async function required(queryRunner: QueryRunner, notNull: boolean): Promise<void> {
  if (dialectOf(queryRunner) === 'postgres') {
    await queryRunner.query(
      `ALTER TABLE campaigns ALTER COLUMN advertiser_id ${notNull ? 'SET' : 'DROP'} NOT NULL`,
    );
    return;
  }
  await queryRunner.changeColumn(
    'campaigns',
    'advertiser_id',
    new TableColumn({ name: 'advertiser_id', type: 'varchar', length: '36', isNullable: !notNull }),
  );
}
