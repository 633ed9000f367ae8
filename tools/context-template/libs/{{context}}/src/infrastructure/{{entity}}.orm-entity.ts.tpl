import { TimestampColumn } from '@app/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('{{table}}')
export class {{Entity}}OrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;
}
