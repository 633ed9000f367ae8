import { dialectOf, timestampType } from '@app/platform';
import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

export class CreateLeadsTables1764374400000 implements MigrationInterface {
  name = 'CreateLeadsTables1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = timestampType(dialectOf(queryRunner));
    const id = (name: string, isNullable = false) => ({
      name,
      type: 'varchar',
      length: '36',
      isNullable,
    });
    const text = (name: string, length: number, isNullable = true) => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    await queryRunner.createTable(
      new Table({
        name: 'lead_forms',
        columns: [
          { ...id('id'), isPrimary: true },
          text('name', 200, false),
          { name: 'fields', type: 'jsonb' },
          { name: 'validation_rules', type: 'jsonb' },
          text('honeypot_field', 50, false),
          text('phone_country', 2),
          { name: 'created_at', type: timestamp },
          { name: 'updated_at', type: timestamp },
          { name: 'version', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'leads',
        columns: [
          { ...id('id'), isPrimary: true },
          id('form_id'),
          text('email', 254),
          text('email_normalized', 254),
          text('first_name', 255),
          text('last_name', 255),
          text('phone', 32),
          text('company', 255),
          text('job_title', 255),
          { name: 'message', type: 'text', isNullable: true },
          { name: 'fields', type: 'jsonb' },
          text('utm_source', 255),
          text('utm_medium', 255),
          text('utm_campaign', 255),
          text('attribution', 16, false),
          text('click_id', 64),
          id('campaign_id', true),
          id('affiliate_id', true),
          { name: 'submission_count', type: 'integer' },
          { name: 'score', type: 'integer' },
          text('grade', 1, false),
          { name: 'score_factors', type: 'jsonb' },
          text('status', 16, false),
          { name: 'deal_value_minor', type: 'bigint', isNullable: true },
          text('deal_currency', 3),
          { name: 'created_at', type: timestamp },
          { name: 'updated_at', type: timestamp },
          { name: 'erased_at', type: timestamp, isNullable: true },
          { name: 'version', type: 'integer' },
        ],
        indices: [
          new TableIndex({
            name: 'uq_leads_form_email',
            columnNames: ['form_id', 'email_normalized'],
            isUnique: true,
          }),
          new TableIndex({ name: 'idx_leads_score_id', columnNames: ['score', 'id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'lead_submissions',
        columns: [
          { ...id('id'), isPrimary: true },
          id('form_id'),
          id('lead_id', true),
          { name: 'submitted_at', type: timestamp },
          text('outcome', 16, false),
          { name: 'spam_reasons', type: 'jsonb' },
          { name: 'errors', type: 'jsonb' },
          { name: 'field_values', type: 'jsonb' },
          text('ip', 45),
          text('utm_source', 255),
          text('utm_medium', 255),
          text('utm_campaign', 255),
          text('attribution', 16, false),
          text('click_id', 64),
          id('campaign_id', true),
          id('affiliate_id', true),
        ],
        indices: [
          // Partial: the rate limit never reads the submissions it refused, however many.
          new TableIndex({
            name: 'idx_lead_submissions_ip_time',
            columnNames: ['ip', 'submitted_at'],
            where: "outcome <> 'rate_limited'",
          }),
          new TableIndex({ name: 'idx_lead_submissions_time', columnNames: ['submitted_at'] }),
          new TableIndex({
            name: 'idx_lead_submissions_lead',
            columnNames: ['lead_id', 'submitted_at'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'lead_status_changes',
        columns: [
          { ...id('id'), isPrimary: true },
          id('lead_id'),
          text('from_status', 16, false),
          text('to_status', 16, false),
          { name: 'changed_at', type: timestamp },
        ],
        indices: [
          new TableIndex({
            name: 'idx_lead_status_changes_lead',
            columnNames: ['lead_id', 'changed_at'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['lead_status_changes', 'lead_submissions', 'leads', 'lead_forms']) {
      await queryRunner.dropTable(table);
    }
  }
}
