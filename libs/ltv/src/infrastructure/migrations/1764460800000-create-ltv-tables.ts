import { dialectOf, timestampType } from '@app/platform';
import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

const double = (name: string, isNullable = false) => ({
  name,
  type: 'double precision',
  isNullable,
});

/** Customers, transactions, fitted models, predictions, segment thresholds and transitions. */
export class CreateLtvTables1764460800000 implements MigrationInterface {
  name = 'CreateLtvTables1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = timestampType(dialectOf(queryRunner));
    await queryRunner.createTable(
      new Table({
        name: 'ltv_customers',
        columns: [
          { name: 'customer_id', type: 'varchar', length: '255', isPrimary: true },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'acquisition_campaign_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'acquisition_affiliate_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'acquired_at', type: timestamp, isNullable: true },
          { name: 'created_at', type: timestamp },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'ltv_transactions',
        columns: [
          { name: 'transaction_id', type: 'varchar', length: '255', isPrimary: true },
          { name: 'customer_id', type: 'varchar', length: '255' },
          { name: 'occurred_at', type: timestamp },
          { name: 'occurred_day', type: 'integer' },
          { name: 'occurred_month', type: 'integer' },
          { name: 'amount_minor', type: 'bigint' },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'source', type: 'varchar', length: '16' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'campaign_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'affiliate_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'recorded_at', type: timestamp },
        ],
        indices: [
          new TableIndex({
            name: 'idx_ltv_transactions_customer_day',
            columnNames: ['customer_id', 'occurred_day'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'ltv_model_fits',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'fitted_at', type: timestamp },
          { name: 'as_of', type: timestamp },
          { name: 'currency', type: 'varchar', length: '3' },
          { name: 'customers', type: 'integer' },
          { name: 'revenue_minor', type: 'bigint' },
          { name: 'first_purchase_date', type: 'varchar', length: '10' },
          { name: 'data_span_days', type: 'integer' },
          double('bg_r'),
          double('bg_alpha'),
          double('bg_a'),
          double('bg_b'),
          double('bg_log_likelihood'),
          { name: 'bg_converged', type: 'boolean' },
          { name: 'bg_iterations', type: 'integer' },
          double('gg_p', true),
          double('gg_q', true),
          double('gg_gamma', true),
          double('gg_log_likelihood', true),
          { name: 'gg_converged', type: 'boolean' },
          { name: 'gg_customers', type: 'integer' },
          { name: 'horizon_months', type: 'integer' },
          double('monthly_discount_rate'),
          double('average_predicted_clv'),
          double('median_predicted_clv'),
          { name: 'fit_ms', type: 'integer' },
          { name: 'total_ms', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'ltv_predictions',
        columns: [
          { name: 'customer_id', type: 'varchar', length: '255', isPrimary: true },
          { name: 'fit_id', type: 'varchar', length: '36' },
          { name: 'repeat_purchases', type: 'integer' },
          { name: 'recency_days', type: 'integer' },
          { name: 'age_days', type: 'integer' },
          { name: 'orders', type: 'integer' },
          { name: 'revenue_minor', type: 'bigint' },
          double('mean_repeat_value'),
          double('expected_purchases'),
          double('probability_alive'),
          double('expected_average_value'),
          { name: 'predicted_clv_minor', type: 'bigint' },
          { name: 'segment', type: 'varchar', length: '8' },
        ],
        indices: [
          new TableIndex({ name: 'idx_ltv_predictions_clv', columnNames: ['predicted_clv_minor'] }),
          new TableIndex({ name: 'idx_ltv_predictions_segment', columnNames: ['segment'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'ltv_segments',
        columns: [
          { name: 'segment', type: 'varchar', length: '8', isPrimary: true },
          { name: 'mode', type: 'varchar', length: '16' },
          double('top_share', true),
          { name: 'minimum_minor', type: 'bigint', isNullable: true },
          { name: 'currency', type: 'varchar', length: '3', isNullable: true },
          { name: 'updated_at', type: timestamp },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'ltv_segment_transitions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'customer_id', type: 'varchar', length: '255' },
          { name: 'from_segment', type: 'varchar', length: '8', isNullable: true },
          { name: 'to_segment', type: 'varchar', length: '8' },
          { name: 'changed_at', type: timestamp },
          { name: 'fit_id', type: 'varchar', length: '36', isNullable: true },
        ],
        indices: [
          new TableIndex({
            name: 'idx_ltv_segment_transitions_customer',
            columnNames: ['customer_id', 'changed_at'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'ltv_segment_transitions',
      'ltv_segments',
      'ltv_predictions',
      'ltv_model_fits',
      'ltv_transactions',
      'ltv_customers',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
