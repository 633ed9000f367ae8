import type { Client } from '../../sdk/dist/index.js';

/** Types of demo-run.mjs, for the test that plays the demo against the test app. */
export interface DemoRunOptions {
  client: Client;
  /** The API's clock, to walk through the days; null when the API runs elsewhere. */
  clock: { set(time: Date): void; now(): Date } | null;
  days: number;
  clicksPerDay: number;
  /** When the story ends (epoch ms); it covers the `days` whole UTC days before. Default: now. */
  until?: number;
}

export declare class DemoRun {
  constructor(options: DemoRunOptions);
  play(): Promise<Record<string, number>>;
}
