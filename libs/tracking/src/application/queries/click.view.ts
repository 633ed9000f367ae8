import type { ClickOrmEntity } from '../../infrastructure/click.orm-entity.js';

/** A stored click as the API shows it: times in ISO 8601 UTC. */
export interface ClickView {
  id: string;
  clickedAt: string;
  campaignId: string;
  affiliateId: string | null;
  sub1: string | null;
  sub2: string | null;
  sub3: string | null;
  sub4: string | null;
  sub5: string | null;
  externalId: string | null;
  ip: string | null;
  userAgent: string | null;
  referrer: string | null;
  country: string | null;
  deviceType: string | null;
  os: string | null;
  browser: string | null;
  isBot: boolean;
  isBlocked: boolean;
  isUnique: boolean;
  reasons: string[];
  destinationKind: string;
  destination: string;
}

export function toClickView(row: ClickOrmEntity): ClickView {
  return {
    id: row.id,
    clickedAt: row.clickedAt.toISOString(),
    campaignId: row.campaignId,
    affiliateId: row.affiliateId,
    sub1: row.sub1,
    sub2: row.sub2,
    sub3: row.sub3,
    sub4: row.sub4,
    sub5: row.sub5,
    externalId: row.externalId,
    ip: row.ip,
    userAgent: row.userAgent,
    referrer: row.referrer,
    country: row.country,
    deviceType: row.deviceType,
    os: row.os,
    browser: row.browser,
    isBot: row.isBot,
    isBlocked: row.isBlocked,
    isUnique: row.isUnique,
    reasons: row.reasons,
    destinationKind: row.destinationKind,
    destination: row.destination,
  };
}
