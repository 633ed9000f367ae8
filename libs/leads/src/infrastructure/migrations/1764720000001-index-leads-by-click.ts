import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/** Leads by the tracked click they came through: a customer's journey finds them by it. */
export class IndexLeadsByClick1764720000001 implements MigrationInterface {
  name = 'IndexLeadsByClick1764720000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'leads',
      new TableIndex({ name: 'idx_leads_click', columnNames: ['click_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('leads', 'idx_leads_click');
  }
}
