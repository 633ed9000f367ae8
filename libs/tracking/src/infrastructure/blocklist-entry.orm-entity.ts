import { TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('blocklist_entries')
@Index('uq_blocklist_entries_kind_value', ['kind', 'value'], { unique: true })
export class BlocklistEntryOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** ip (an address or CIDR range) or referrer_domain */
  @Column({ type: 'varchar', length: 32 })
  kind!: 'ip' | 'referrer_domain';

  @Column({ type: 'varchar', length: 255 })
  value!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;
}
