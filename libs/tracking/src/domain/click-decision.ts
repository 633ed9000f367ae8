import type { Blocklist } from './blocklist.js';
import { CLICK_REASONS, type ClickReason, marksBlocked, marksBot } from './click-reason.js';
import type { CampaignSpend, DeviceType, TrackedCampaign } from './tracked-campaign.js';

export interface ClickContext {
  campaign: TrackedCampaign;
  spend: CampaignSpend;
  /** null: the link named no affiliate; 'unknown': it named one that does not exist. */
  affiliate: { id: string; status: 'active' | 'suspended' } | null | 'unknown';
  userAgent: string;
  /** The bot list's verdict on the user agent, computed by the infrastructure. */
  isBotUserAgent: boolean;
  ip: string;
  referrer: string | null;
  /** ISO 3166-1 alpha-2, or null when the IP could not be located. */
  country: string | null;
  deviceType: DeviceType | null;
  ipRateExceeded: boolean;
  blocklist: Blocklist;
  now: Date;
}

export interface ClickDecision {
  destination: 'offer' | 'safe_page';
  /** Every reason that applies, in the order of CLICK_REASONS. */
  reasons: ClickReason[];
  isBot: boolean;
  isBlocked: boolean;
}

/**
 * Where one click goes and why. Every check runs, not just up to the first failure, so the
 * stored click says everything that was wrong with it (a bot on a paused campaign counts as
 * a bot in the fraud report too). Only a click with no reason at all reaches the offer.
 */
export function decideClick(context: ClickContext): ClickDecision {
  const checks: Record<ClickReason, boolean> = {
    campaign_not_active: context.campaign.status !== 'active',
    outside_schedule: !isWithinSchedule(context.campaign, context.now),
    total_budget_reached: isReached(context.spend.totalMinor, context.campaign.budget.totalMinor),
    daily_budget_reached: isReached(context.spend.todayMinor, context.campaign.budget.dailyMinor),
    country_not_targeted: !allows(context.campaign.countries, context.country?.toUpperCase()),
    device_not_targeted: !allows(context.campaign.devices, context.deviceType),
    affiliate_unknown: context.affiliate === 'unknown',
    affiliate_suspended:
      typeof context.affiliate === 'object' && context.affiliate?.status === 'suspended',
    empty_user_agent: (context.userAgent ?? '').trim() === '',
    bot_user_agent: context.isBotUserAgent,
    blocked_ip: context.blocklist.blocksIp(context.ip),
    blocked_referrer: context.blocklist.blocksReferrer(context.referrer),
    ip_rate_exceeded: context.ipRateExceeded,
  };
  const reasons = CLICK_REASONS.filter((reason) => checks[reason]);
  return {
    destination: reasons.length === 0 ? 'offer' : 'safe_page',
    reasons,
    isBot: marksBot(reasons),
    isBlocked: marksBlocked(reasons),
  };
}

/** Running from startsAt (inclusive) until endsAt (exclusive); either end may be open. */
function isWithinSchedule(campaign: TrackedCampaign, now: Date): boolean {
  const time = now.getTime();
  return (
    (campaign.startsAt === null || campaign.startsAt.getTime() <= time) &&
    (campaign.endsAt === null || time < campaign.endsAt.getTime())
  );
}

function isReached(spentMinor: number, limitMinor: number | null): boolean {
  return limitMinor !== null && spentMinor >= limitMinor;
}

/** An empty list allows everyone; otherwise an unknown value is not allowed. */
function allows<T>(allowed: readonly T[], value: T | null | undefined): boolean {
  return allowed.length === 0 || (value != null && allowed.includes(value));
}
