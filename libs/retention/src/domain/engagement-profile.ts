import type { DailyActivity } from './engagement-score.js';

/** What a customer did, summed over all of their events. */
export interface EngagementProfile {
  sessions: number;
  clicks: number;
  conversions: number;
  totalSessionSeconds: number;
  averageSessionSeconds: number;
  events: number;
  firstActivityDay: number;
  lastActivityDay: number;
  /** Distinct days with activity in the 30 days up to today: the frequency signal. */
  activeDaysLast30: number;
}

export function engagementProfile(
  activity: readonly DailyActivity[],
  today: number,
): EngagementProfile {
  let sessions = 0;
  let clicks = 0;
  let conversions = 0;
  let seconds = 0;
  let events = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const recentDays = new Set<number>();
  for (const day of activity) {
    sessions += day.sessions;
    clicks += day.clicks;
    conversions += day.conversions;
    seconds += day.durationSeconds;
    events += day.events;
    first = Math.min(first, day.day);
    last = Math.max(last, day.day);
    if (day.events > 0 && today - day.day < 30 && day.day <= today) recentDays.add(day.day);
  }
  return {
    sessions,
    clicks,
    conversions,
    totalSessionSeconds: seconds,
    averageSessionSeconds: sessions > 0 ? Math.round(seconds / sessions) : 0,
    events,
    firstActivityDay: first,
    lastActivityDay: last,
    activeDaysLast30: recentDays.size,
  };
}
