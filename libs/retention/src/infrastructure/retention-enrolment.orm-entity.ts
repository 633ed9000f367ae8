import { TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Group } from '../domain/enrolment-policy.js';

/** A customer enrolled in a campaign once (again after each cooldown), in treatment or control. */
@Entity('retention_enrolments')
@Index('idx_retention_enrolments_campaign_customer', ['campaignId', 'customerId', 'enrolledAt'])
@Index('idx_retention_enrolments_customer', ['customerId'])
export class RetentionEnrolmentOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'campaign_id', type: 'varchar', length: 36 }) campaignId!: string;
  @Column({ name: 'customer_id', type: 'varchar', length: 255 }) customerId!: string;
  @Column({ name: 'group_name', type: 'varchar', length: 16 }) group!: Group;
  @Column({ name: 'risk_level', type: 'varchar', length: 16 }) riskLevel!: string;
  @Column({ name: 'churn_probability', type: 'double precision' }) churnProbability!: number;
  @TimestampColumn({ name: 'enrolled_at' }) enrolledAt!: Date;
}
