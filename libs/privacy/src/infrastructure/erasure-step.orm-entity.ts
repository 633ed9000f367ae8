import { TimestampColumn } from '@app/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What one context did for one erasure. */
@Entity('privacy_erasure_steps')
export class ErasureStepOrmEntity {
  @PrimaryColumn({ name: 'erasure_id', type: 'varchar', length: 36 })
  erasureId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  context!: string;

  /** pending or completed */
  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ name: 'rows_affected', type: 'integer', nullable: true })
  rowsAffected!: number | null;

  @TimestampColumn({ name: 'completed_at', nullable: true })
  completedAt!: Date | null;
}
