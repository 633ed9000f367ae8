import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/**
 * A payout policy per campaign (what a postback's payout is worth), from_postback's cap, and
 * what becomes of conversions on safe-page clicks. Existing campaigns keep paying what their
 * terms say: fixed, or revenue_share for REVSHARE, and reject fraudulent clicks' conversions.
 */
export class AddCampaignPayoutPolicy1765317000000 implements MigrationInterface {
  name = 'AddCampaignPayoutPolicy1765317000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('campaigns', [
      new TableColumn({ name: 'payout_policy', type: 'varchar', length: '16', default: "'fixed'" }),
      new TableColumn({ name: 'payout_max', type: 'bigint', isNullable: true }),
      new TableColumn({
        name: 'fraudulent_click_conversions',
        type: 'varchar',
        length: '8',
        default: "'reject'",
      }),
    ]);
    // Plain SQL both databases read alike; the query builder would map entity properties.
    await queryRunner.query(
      "UPDATE campaigns SET payout_policy = 'revenue_share' WHERE payout_model = 'REVSHARE'",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('campaigns', 'fraudulent_click_conversions');
    await queryRunner.dropColumn('campaigns', 'payout_max');
    await queryRunner.dropColumn('campaigns', 'payout_policy');
  }
}
