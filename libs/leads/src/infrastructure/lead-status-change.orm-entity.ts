import { TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { LeadStatus } from '../domain/lead-status.js';

/** A lead's moves along its workflow; its start as `new` is its created_at. */
@Entity('lead_status_changes')
@Index('idx_lead_status_changes_lead', ['leadId', 'changedAt'])
export class LeadStatusChangeOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'lead_id', type: 'varchar', length: 36 })
  leadId!: string;

  @Column({ name: 'from_status', type: 'varchar', length: 16 })
  fromStatus!: LeadStatus;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus!: LeadStatus;

  @TimestampColumn({ name: 'changed_at' })
  changedAt!: Date;
}
