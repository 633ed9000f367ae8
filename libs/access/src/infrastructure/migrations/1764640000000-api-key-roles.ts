import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/**
 * Keys carry a role (and the partner a partner key belongs to) instead of free-form scopes.
 * Every key existing before this could do everything, so each becomes an admin key; the
 * scopes column had no other use and goes.
 */
export class ApiKeyRoles1764640000000 implements MigrationInterface {
  name = 'ApiKeyRoles1764640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('api_keys', [
      new TableColumn({ name: 'role', type: 'varchar', length: '16', default: "'admin'" }),
      new TableColumn({ name: 'affiliate_id', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'advertiser_id', type: 'varchar', length: '36', isNullable: true }),
    ]);
    await queryRunner.dropColumn('api_keys', 'scopes');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Back to scopes: admins keep `admin`; partner keys get none, so they open nothing.
    await queryRunner.addColumn(
      'api_keys',
      new TableColumn({ name: 'scopes', type: 'jsonb', default: "'[]'" }),
    );
    await queryRunner.query(`UPDATE api_keys SET scopes = '["admin"]' WHERE role = 'admin'`);
    await queryRunner.dropColumns('api_keys', ['role', 'affiliate_id', 'advertiser_id']);
  }
}
