import type { PacingStats, PacingTime } from './paced-fetch.mjs';

/** Types of demo-run.mjs, for the tests that play the demo against the test app. */
export interface DemoRunOptions {
  /** Where the API listens, e.g. http://127.0.0.1:5000. */
  baseUrl: string;
  /** An admin API key. */
  apiKey: string;
  /** The API's clock, to walk through the days; null when the API runs elsewhere. */
  clock: { set(time: Date): void; now(): Date } | null;
  days: number;
  clicksPerDay: number;
  /** Form submissions a day (default 12). */
  leadsPerDay?: number;
  /** When the story ends (epoch ms); it covers the `days` whole UTC days before. Default: now. */
  until?: number;
  /** Load the CDNOW purchase history (only its first `customers` customers' when given). */
  purchaseHistory?: { customers?: number } | null;
  /** The pacing's time source; the wall clock by default. */
  time?: PacingTime;
  /** Where progress goes; stdout by default. */
  out?: { write(text: string): unknown };
}

export interface WinBackOutcome {
  campaignId: string;
  /** Customers at high or critical churn risk. */
  atRisk: number;
  churn: { customers: number; riskLevels: Record<string, number> };
  /** The one on-demand run of the retention automation. */
  automation: { campaigns: number; enrolled: number; control: number; messages: number };
  performance: { enrolled: number; control: number; sent: number };
}

export declare class DemoRun {
  constructor(options: DemoRunOptions);
  play(): Promise<Record<string, number>>;
  readonly pacing: PacingStats;
  readonly retention: WinBackOutcome;
}
