/**
 * Why a click was not simply sent to the offer, in the order they are checked and reported:
 * first the campaign's own eligibility, then the affiliate, then bot and fraud checks.
 * Stored on the click as text: never rename a value, only add.
 */
export const CLICK_REASONS = [
  'campaign_not_active',
  'outside_schedule',
  'total_budget_reached',
  'daily_budget_reached',
  'country_not_targeted',
  'device_not_targeted',
  'affiliate_unknown',
  'affiliate_suspended',
  'empty_user_agent',
  'bot_user_agent',
  'blocked_ip',
  'blocked_referrer',
  'ip_rate_exceeded',
] as const;
export type ClickReason = (typeof CLICK_REASONS)[number];

/** Reasons that mark the visitor as a bot rather than a person. */
export const BOT_REASONS = [
  'empty_user_agent',
  'bot_user_agent',
] as const satisfies readonly ClickReason[];

/**
 * Reasons that mark the traffic as blocked: refused by the network's fraud rules or coming
 * through an affiliate who may not send traffic. The remaining reasons only say the campaign
 * could not take the click (paused, over budget, not targeted), which is no fault of the visitor.
 */
export const BLOCKED_REASONS = [
  'blocked_ip',
  'blocked_referrer',
  'ip_rate_exceeded',
  'affiliate_unknown',
  'affiliate_suspended',
] as const satisfies readonly ClickReason[];

const BOT = new Set<ClickReason>(BOT_REASONS);
const BLOCKED = new Set<ClickReason>(BLOCKED_REASONS);

export function isClickReason(value: string): value is ClickReason {
  return (CLICK_REASONS as readonly string[]).includes(value);
}

export function marksBot(reasons: readonly ClickReason[]): boolean {
  return reasons.some((reason) => BOT.has(reason));
}

export function marksBlocked(reasons: readonly ClickReason[]): boolean {
  return reasons.some((reason) => BLOCKED.has(reason));
}
