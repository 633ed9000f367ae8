import { TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('advertisers')
export class AdvertiserOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('uq_advertisers_name', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;
}
