import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

const BG_COLUMNS = ['bg_r', 'bg_alpha', 'bg_a', 'bg_b', 'bg_log_likelihood'];

/**
 * Which method gave the stored CLVs and why: a base too small to fit has no BG/NBD parameters
 * (nullable now), and a customer may hold no segment when segments would mean nothing.
 */
export class RecordClvBasis1765500000000 implements MigrationInterface {
  name = 'RecordClvBasis1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('ltv_model_fits', [
      // Fits stored before this migration all used the models.
      new TableColumn({
        name: 'basis',
        type: 'varchar',
        length: '32',
        default: "'bg-nbd-gamma-gamma'",
      }),
      new TableColumn({ name: 'basis_reason', type: 'text', isNullable: true }),
      new TableColumn({ name: 'segments_withheld', type: 'text', isNullable: true }),
    ]);
    await this.nullable(queryRunner, 'ltv_model_fits', [...BG_COLUMNS, 'bg_iterations'], true);
    await this.nullable(queryRunner, 'ltv_predictions', ['segment'], true);
    await this.nullable(queryRunner, 'ltv_segment_transitions', ['to_segment'], true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM ltv_predictions WHERE segment IS NULL');
    await queryRunner.query('DELETE FROM ltv_segment_transitions WHERE to_segment IS NULL');
    await queryRunner.query('DELETE FROM ltv_model_fits WHERE bg_r IS NULL');
    await this.nullable(queryRunner, 'ltv_segment_transitions', ['to_segment'], false);
    await this.nullable(queryRunner, 'ltv_predictions', ['segment'], false);
    await this.nullable(queryRunner, 'ltv_model_fits', [...BG_COLUMNS, 'bg_iterations'], false);
    await queryRunner.dropColumns('ltv_model_fits', ['segments_withheld', 'basis_reason', 'basis']);
  }

  private async nullable(
    queryRunner: QueryRunner,
    tableName: string,
    names: string[],
    isNullable: boolean,
  ): Promise<void> {
    const table = (await queryRunner.getTable(tableName))!;
    await queryRunner.changeColumns(
      table,
      names.map((name) => {
        const oldColumn = table.findColumnByName(name)!;
        const newColumn = oldColumn.clone();
        newColumn.isNullable = isNullable;
        return { oldColumn, newColumn };
      }),
    );
  }
}
