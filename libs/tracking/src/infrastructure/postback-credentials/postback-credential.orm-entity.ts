import { TimestampColumn } from '@app/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An advertiser whose postback secret was rotated; no row means version 1, never rotated. */
@Entity('advertiser_postback_credentials')
export class PostbackCredentialOrmEntity {
  @PrimaryColumn({ name: 'advertiser_id', type: 'varchar', length: 36 })
  advertiserId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @TimestampColumn({ name: 'rotated_at' })
  rotatedAt!: Date;
}
