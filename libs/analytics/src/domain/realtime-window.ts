import { Money } from '@app/kernel';
import { minuteOf, zeroFilledMinutes } from './minute-series.js';

export const REALTIME_MINUTES = 60;
export const RECENT_MINUTES = 5;
const MINUTE_MS = 60_000;

export interface MoneyAmount {
  currency: string;
  /** Major units. */
  amount: number;
}

export interface RealtimeMinute {
  minute: string;
  clicks: number;
  conversions: number;
  leads: number;
  revenue: MoneyAmount[];
}

export type RealtimeTotals = Omit<RealtimeMinute, 'minute'>;

/** The 60 minutes that end with the current one (still running): [start, end). */
export function realtimeWindow(now: Date): { start: Date; end: Date } {
  const end = new Date(minuteOf(now).getTime() + MINUTE_MS);
  return { start: new Date(end.getTime() - REALTIME_MINUTES * MINUTE_MS), end };
}

/** Every minute of the window, quiet ones as zeros, traffic and leads side by side. */
export function realtimeMinutes(
  start: Date,
  traffic: readonly Omit<RealtimeMinute, 'leads'>[],
  leads: readonly { minute: string; leads: number }[],
): RealtimeMinute[] {
  const merged = new Map<number, RealtimeMinute>();
  for (const entry of traffic) merged.set(Date.parse(entry.minute), { ...entry, leads: 0 });
  for (const entry of leads) {
    const time = Date.parse(entry.minute);
    const minute = merged.get(time) ?? quietMinute(new Date(time).toISOString());
    minute.leads = entry.leads;
    merged.set(time, minute);
  }
  return zeroFilledMinutes(start, REALTIME_MINUTES, [...merged.values()], quietMinute);
}

function quietMinute(minute: string): RealtimeMinute {
  return { minute, clicks: 0, conversions: 0, leads: 0, revenue: [] };
}

/** The sums of some minutes; revenue per currency, added in minor units so no cent drifts. */
export function totalsOf(minutes: readonly RealtimeMinute[]): RealtimeTotals {
  const minor = new Map<string, number>();
  for (const { revenue } of minutes)
    for (const { currency, amount } of revenue)
      minor.set(currency, (minor.get(currency) ?? 0) + toMinor(amount, currency));
  return {
    clicks: minutes.reduce((sum, minute) => sum + minute.clicks, 0),
    conversions: minutes.reduce((sum, minute) => sum + minute.conversions, 0),
    leads: minutes.reduce((sum, minute) => sum + minute.leads, 0),
    revenue: [...minor]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, amount]) => ({
        currency,
        amount: amount / 10 ** Money.minorDigits(currency),
      })),
  };
}

function toMinor(amount: number, currency: string): number {
  return Math.round(amount * 10 ** Money.minorDigits(currency));
}
