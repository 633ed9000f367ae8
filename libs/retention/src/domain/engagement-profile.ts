import type { DailyActivity } from './engagement-score.js';

/** What a customer did, summed over all of their events and purchase days. */
export interface EngagementProfile {
  sessions: number;
  clicks: number;
  conversions: number;
  totalSessionSeconds: number;
  averageSessionSeconds: number;
  events: number;
  /** Days with a purchase known to LTV (purchases are activity too). */
  purchaseDays: number;
  /** First and last day with activity of any kind, events or purchases. */
  firstActivityDay: number;
  lastActivityDay: number;
  /** The last day with a purchase; null without one. */
  lastPurchaseDay: number | null;
  /** Distinct days with activity in the 30 days up to today: the frequency signal. */
  activeDaysLast30: number;
}

/**
 * The profile as of `today`: events and purchases after it are not seen (a backtest asks for
 * the profile of a day in the past).
 */
export function engagementProfile(
  activity: readonly DailyActivity[],
  today: number,
  purchaseDays: readonly number[] = [],
): EngagementProfile {
  let sessions = 0;
  let clicks = 0;
  let conversions = 0;
  let seconds = 0;
  let events = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const recentDays = new Set<number>();
  const see = (day: number) => {
    first = Math.min(first, day);
    last = Math.max(last, day);
    if (today - day < 30) recentDays.add(day);
  };
  for (const day of activity) {
    if (day.day > today) continue;
    sessions += day.sessions;
    clicks += day.clicks;
    conversions += day.conversions;
    seconds += day.durationSeconds;
    events += day.events;
    if (day.events > 0) see(day.day);
  }
  let purchases = 0;
  let lastPurchase: number | null = null;
  for (const day of purchaseDays) {
    if (day > today) continue;
    purchases += 1;
    lastPurchase = Math.max(lastPurchase ?? day, day);
    see(day);
  }
  return {
    sessions,
    clicks,
    conversions,
    totalSessionSeconds: seconds,
    averageSessionSeconds: sessions > 0 ? Math.round(seconds / sessions) : 0,
    events,
    purchaseDays: purchases,
    firstActivityDay: first,
    lastActivityDay: last,
    lastPurchaseDay: lastPurchase,
    activeDaysLast30: recentDays.size,
  };
}

/** True when the customer had done anything of their own by `today`. */
export const isKnown = (profile: EngagementProfile) => Number.isFinite(profile.lastActivityDay);
