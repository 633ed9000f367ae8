import { dialectOf, timestampType } from '@app/platform';
import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * Per-advertiser postback credentials replace the one token of the whole network. Secrets are
 * derived from SECRET_KEY, so only the version in force and the last rotation are stored; an
 * advertiser without a row is on version 1.
 */
export class CreateAdvertiserPostbackCredentials1765200000000 implements MigrationInterface {
  name = 'CreateAdvertiserPostbackCredentials1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'advertiser_postback_credentials',
        columns: [
          { name: 'advertiser_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'version', type: 'integer' },
          { name: 'rotated_at', type: timestampType(dialectOf(queryRunner)) },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('advertiser_postback_credentials');
  }
}
