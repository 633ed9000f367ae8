import { dialectOf, timestampType } from '@app/platform';
import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

type Spec = [name: string, type: string, nullable?: boolean];

/** Behaviour events, churn predictions, retention campaigns, enrolments and messages. */
export class CreateRetentionTables1764547200000 implements MigrationInterface {
  name = 'CreateRetentionTables1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType(dialectOf(queryRunner));
    const table = async (
      name: string,
      primary: Spec,
      columns: Spec[],
      indices: [string, string[]][],
    ) =>
      queryRunner.createTable(
        new Table({
          name,
          columns: [primary, ...columns].map(([column, type, nullable], i) => ({
            name: column,
            type: type === 'ts' ? ts : type,
            length: type === 'varchar' ? lengthOf(column) : undefined,
            isPrimary: i === 0,
            isNullable: nullable ?? false,
          })),
          indices: indices.map(
            ([index, columnNames]) => new TableIndex({ name: index, columnNames }),
          ),
        }),
      );

    await table(
      'retention_events',
      ['event_id', 'varchar'],
      [
        ['customer_id', 'varchar'],
        ['type', 'varchar'],
        ['occurred_at', 'ts'],
        ['occurred_day', 'integer'],
        ['duration_seconds', 'integer', true],
        ['campaign_id', 'varchar', true],
        ['properties', 'text', true],
        ['source', 'varchar'],
        ['recorded_at', 'ts'],
      ],
      [
        ['idx_retention_events_customer_day', ['customer_id', 'occurred_day']],
        ['idx_retention_events_campaign', ['campaign_id']],
      ],
    );
    await table(
      'churn_predictions',
      ['customer_id', 'varchar'],
      [
        ['churn_probability', 'double precision'],
        ['risk_level', 'varchar'],
        ['segment', 'varchar'],
        ['engagement_score', 'double precision'],
        ['score_breakdown', 'text'],
        ['factors', 'text'],
        ['basis', 'varchar'],
        ['probability_alive', 'double precision', true],
        ['predicted_clv_minor', 'bigint', true],
        ['currency', 'varchar', true],
        ['sessions', 'integer'],
        ['clicks', 'integer'],
        ['conversions', 'integer'],
        ['total_session_seconds', 'bigint'],
        ['first_activity_day', 'integer'],
        ['last_activity_day', 'integer'],
        ['calculated_at', 'ts'],
      ],
      [
        ['idx_churn_predictions_risk', ['risk_level']],
        ['idx_churn_predictions_segment', ['segment']],
      ],
    );
    await table(
      'retention_campaigns',
      ['id', 'varchar'],
      [
        ['name', 'varchar'],
        ['status', 'varchar'],
        ['version', 'integer'],
        ['trigger', 'text'],
        ['channel', 'varchar'],
        ['webhook_url', 'varchar', true],
        ['offer', 'text'],
        ['budget_minor', 'bigint', true],
        ['cost_per_message_minor', 'bigint'],
        ['currency', 'varchar'],
        ['starts_at', 'ts', true],
        ['ends_at', 'ts', true],
        ['cooldown_days', 'integer'],
        ['control_group_share', 'double precision'],
        ['created_at', 'ts'],
        ['updated_at', 'ts'],
      ],
      [],
    );
    await table(
      'retention_enrolments',
      ['id', 'varchar'],
      [
        ['campaign_id', 'varchar'],
        ['customer_id', 'varchar'],
        ['group_name', 'varchar'],
        ['risk_level', 'varchar'],
        ['churn_probability', 'double precision'],
        ['enrolled_at', 'ts'],
      ],
      [
        [
          'idx_retention_enrolments_campaign_customer',
          ['campaign_id', 'customer_id', 'enrolled_at'],
        ],
        ['idx_retention_enrolments_customer', ['customer_id']],
      ],
    );
    await table(
      'retention_messages',
      ['id', 'varchar'],
      [
        ['enrolment_id', 'varchar'],
        ['campaign_id', 'varchar'],
        ['customer_id', 'varchar'],
        ['channel', 'varchar'],
        ['payload', 'text'],
        ['status', 'varchar'],
        ['attempts', 'integer'],
        ['next_attempt_at', 'ts', true],
        ['lease_until', 'ts', true],
        ['last_error', 'varchar', true],
        ['cost_minor', 'bigint'],
        ['created_at', 'ts'],
        ['sent_at', 'ts', true],
        ['delivered_at', 'ts', true],
        ['opened_at', 'ts', true],
        ['clicked_at', 'ts', true],
        ['converted_at', 'ts', true],
        ['revenue_minor', 'bigint'],
      ],
      [
        ['idx_retention_messages_due', ['status', 'next_attempt_at']],
        ['idx_retention_messages_campaign_customer', ['campaign_id', 'customer_id']],
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of [
      'retention_messages',
      'retention_enrolments',
      'retention_campaigns',
      'churn_predictions',
      'retention_events',
    ]) {
      await queryRunner.dropTable(name);
    }
  }
}

/** varchar lengths, as the entities declare them. */
function lengthOf(column: string): string {
  const lengths: Record<string, string> = {
    event_id: '255',
    customer_id: '255',
    type: '64',
    source: '16',
    risk_level: '16',
    segment: '16',
    basis: '32',
    currency: '3',
    name: '200',
    status: '16',
    channel: '16',
    webhook_url: '2048',
    group_name: '16',
    last_error: '500',
  };
  return lengths[column] ?? '36';
}
