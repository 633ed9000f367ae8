import { Column } from 'typeorm';
import type { Attribution, AttributionStatus } from '../domain/attribution.js';
import type { Utm } from '../domain/lead.js';

/**
 * Where a lead or a submission came from: its campaign tags and the tracked click it followed.
 * Embedded without a prefix in both tables, so the columns keep their own names.
 */
export class TrackingColumns {
  @Column({ name: 'utm_source', type: 'varchar', length: 255, nullable: true })
  utmSource!: string | null;

  @Column({ name: 'utm_medium', type: 'varchar', length: 255, nullable: true })
  utmMedium!: string | null;

  @Column({ name: 'utm_campaign', type: 'varchar', length: 255, nullable: true })
  utmCampaign!: string | null;

  @Column({ type: 'varchar', length: 16 })
  attribution!: AttributionStatus;

  @Column({ name: 'click_id', type: 'varchar', length: 64, nullable: true })
  clickId!: string | null;

  @Column({ name: 'campaign_id', type: 'varchar', length: 36, nullable: true })
  campaignId!: string | null;

  @Column({ name: 'affiliate_id', type: 'varchar', length: 36, nullable: true })
  affiliateId!: string | null;
}

export function trackingColumns(utm: Utm, attribution: Attribution): TrackingColumns {
  return Object.assign(new TrackingColumns(), {
    utmSource: utm.utmSource,
    utmMedium: utm.utmMedium,
    utmCampaign: utm.utmCampaign,
    attribution: attribution.status,
    clickId: attribution.clickId,
    campaignId: attribution.campaignId,
    affiliateId: attribution.affiliateId,
  });
}
