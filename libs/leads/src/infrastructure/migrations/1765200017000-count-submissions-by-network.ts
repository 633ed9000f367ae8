import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';

/**
 * The form rate limit counts a sender by its network (an IPv6 /64, an IPv4-mapped address as
 * its IPv4), stored beside the address it came from. Rows already stored get their IPv4
 * address as the key; an IPv6 row written before this runs counts alone for the rest of its
 * 10-minute window (the prefix is a setting the migration cannot know).
 */
export class CountSubmissionsByNetwork1765200017000 implements MigrationInterface {
  name = 'CountSubmissionsByNetwork1765200017000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'lead_submissions',
      new TableColumn({ name: 'ip_network', type: 'varchar', length: '45', isNullable: true }),
    );
    await queryRunner.query(
      "UPDATE lead_submissions SET ip_network = ip WHERE ip IS NOT NULL AND ip NOT LIKE '%:%'",
    );
    await queryRunner.dropIndex('lead_submissions', 'idx_lead_submissions_ip_time');
    await queryRunner.createIndex(
      'lead_submissions',
      new TableIndex({
        name: 'idx_lead_submissions_network_time',
        columnNames: ['ip_network', 'submitted_at'],
        where: "outcome <> 'rate_limited'",
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('lead_submissions', 'idx_lead_submissions_network_time');
    await queryRunner.createIndex(
      'lead_submissions',
      new TableIndex({
        name: 'idx_lead_submissions_ip_time',
        columnNames: ['ip', 'submitted_at'],
        where: "outcome <> 'rate_limited'",
      }),
    );
    await queryRunner.dropColumn('lead_submissions', 'ip_network');
  }
}
