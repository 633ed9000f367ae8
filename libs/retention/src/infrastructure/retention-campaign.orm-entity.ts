import { bigintToNumber, TimestampColumn } from '@app/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RetentionCampaignStatus } from '../domain/campaign-status.js';
import type { CampaignSettings, Channel } from '../domain/retention-campaign.js';

@Entity('retention_campaigns')
export class RetentionCampaignOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 16 }) status!: RetentionCampaignStatus;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'simple-json' }) trigger!: CampaignSettings['trigger'];
  @Column({ type: 'varchar', length: 16 }) channel!: Channel;
  @Column({ name: 'webhook_url', type: 'varchar', length: 2048, nullable: true }) webhookUrl!:
    string | null;
  @Column({ type: 'simple-json' }) offer!: CampaignSettings['offer'];

  @Column({ name: 'budget_minor', type: 'bigint', nullable: true, transformer: bigintToNumber })
  budgetMinor!: number | null;

  @Column({ name: 'cost_per_message_minor', type: 'bigint', transformer: bigintToNumber })
  costPerMessageMinor!: number;

  @Column({ type: 'varchar', length: 3 }) currency!: string;
  @TimestampColumn({ name: 'starts_at', nullable: true }) startsAt!: Date | null;
  @TimestampColumn({ name: 'ends_at', nullable: true }) endsAt!: Date | null;
  @Column({ name: 'cooldown_days', type: 'integer' }) cooldownDays!: number;
  @Column({ name: 'control_group_share', type: 'double precision' }) controlGroupShare!: number;
  @TimestampColumn({ name: 'created_at' }) createdAt!: Date;
  @TimestampColumn({ name: 'updated_at' }) updatedAt!: Date;
}
