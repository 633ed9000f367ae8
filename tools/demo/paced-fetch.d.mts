/** Types of paced-fetch.mjs, for its tests and the demo's. */
export interface PacingTime {
  /** Epoch milliseconds. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface PacingStats {
  /** Requests sent, retries included. */
  requests: number;
  /** Requests that waited for room under a limit before going. */
  heldBack: number;
  /** Requests answered 429 and sent again after Retry-After. */
  retries: number;
  /** Requests answered 409 with Retry-After (a recalculation running) and sent again. */
  busyRetries: number;
  /** The API sees every visitor as the demo's own address: per-visitor limits are paced too. */
  oneAddress: boolean;
}

export interface Pace {
  limit: number;
  ms: number;
}

export declare const API_LIMITS: Record<string, Pace & { perVisitor: boolean }>;
export declare function paceOf(name: string): Pace;
export declare function createPacedFetch(options?: {
  fetch?: (request: Request) => Promise<Response>;
  time?: PacingTime;
}): ((request: Request) => Promise<Response>) & { stats: PacingStats };
export declare function paceNotice(
  seenAs: { ip: string | null; country: string | null },
  planned: number,
): string;
