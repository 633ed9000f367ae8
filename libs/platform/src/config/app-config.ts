import type { CorsOrigins } from './cors-origins.js';
import type { TrustProxy } from './trust-proxy.js';

/** Where the data lives: PostgreSQL in production, SQLite as the embedded default. */
export type DatabaseConfig =
  | {
      type: 'postgres';
      url?: string;
      host?: string;
      port: number;
      database: string;
      username: string;
      password: string;
      poolSize: number;
      migrationsRun: boolean;
    }
  | { type: 'sqlite'; path: string; migrationsRun: boolean };

/** The validated, typed settings the rest of the code reads; built once by loadConfig. */
export interface AppConfig {
  host: string;
  port: number;
  debug: boolean;
  secretKey: string;
  /** True when SECRET_KEY was missing and a random one was made for this process (debug only). */
  secretKeyGenerated: boolean;
  /** Where debug mode keeps the generated key across restarts; absent when it is not kept. */
  secretKeyFile?: string;
  bootstrapApiKey?: string;
  /**
   * Requests a minute per client IP for each route class, and per API key on management routes
   * (an IP gets five keys' worth there).
   */
  rateLimits: Record<'click' | 'postback' | 'forms' | 'management', number>;
  database: DatabaseConfig;
  redisUrl?: string;
  /** With it, countries come from the hosted service at ipGeolocationUrl (tracking). */
  ipGeolocationApiKey?: string;
  ipGeolocationUrl: string;
  publicBaseUrl?: string;
  /** Which hops may add to X-Forwarded-For (TRUST_PROXY); see clientIp. */
  trustProxy: TrustProxy;
  /** A line for the start-up log when TRUST_PROXY is written the deprecated way. */
  trustProxyDeprecation?: string;
  /** Leading bits of an IPv6 address per-IP rules count a visitor by (IPV6_SUBNET_PREFIX). */
  ipv6SubnetPrefix: number;
  /** Clicks per IP and minute past which a click counts as fraud (tracking). */
  clickRateLimitPerIp: number;
  /** Days after a click in which a conversion is still credited to it (tracking). */
  conversionLookbackDays: number;
  /** Hours an advertiser's previous postback secret is still accepted after a rotation (tracking). */
  postbackSecretGraceHours: number;
  /** Calls to affiliates' postback URLs (tracking). */
  affiliatePostbacks: AffiliatePostbackConfig;
  /** Calls to URLs partners or admins chose: postbacks, retention webhooks. */
  outbound: OutboundConfig;
  /** Form submissions per IP in 10 minutes past which more are refused with a 429 (leads). */
  formRateLimit: number;
  /** Lead scores from which a lead counts as qualified, and as hot (leads). */
  leadQualifiedScore: number;
  leadHotScore: number;
  bodyLimitBytes: number;
  /** Days delivered outbox events are kept before the hourly purge deletes them. */
  outboxRetentionDays: number;
  /** Origins whose scripts may read the API's answers (CORS): `*`, a list, or none ([]). */
  corsOrigins: CorsOrigins;
  logLevel: string;
  version: string;
  ltv: LtvConfig;
  retention: RetentionConfig;
  privacy: PrivacyConfig;
}

/** Outbound postbacks: the platform calling affiliates' postback URLs of their conversions. */
export interface AffiliatePostbackConfig {
  /** Attempts at a call before it is marked failed. */
  maxAttempts: number;
}

export interface OutboundConfig {
  /**
   * Addresses (IPs or CIDR ranges) an outbound call may reach although they are private,
   * loopback or otherwise not public (OUTBOUND_ALLOWED_IPS); every other such address is
   * refused, as outsiders choose the URLs.
   */
  allowedPrivateAddresses: readonly string[];
  /** A line for the start-up log when the allow-list is set under its deprecated name. */
  deprecation?: string;
}

/** Privacy settings (IP truncation; erasure is on request). */
export interface PrivacyConfig {
  /** Days after which the IP addresses of clicks and form submissions are truncated. */
  ipRetentionDays: number;
}

/** Lifetime value settings (the LTV context). */
export interface LtvConfig {
  /** The reporting currency: models are fitted and values predicted for its customers. */
  currency: string;
  horizonMonths: number;
  /** Discount rate per month applied to predicted value (0.01 = 1 %). */
  monthlyDiscountRate: number;
  /** UTC time of day (HH:MM) of the nightly recalculation; null: no nightly job. */
  nightlyAt: string | null;
  /** Body limit of POST /ltv/transactions (a 10,000-row JSON batch is over 1 MB). */
  importBodyLimitBytes: number;
}

/** Retention settings (the retention context). */
export interface RetentionConfig {
  /** UTC time of day (HH:MM) of the daily churn recalculation; null: no scheduled job. */
  recalculateAt: string | null;
  /** Minutes between automation runs (enrolment into active campaigns); 0: no scheduled job. */
  automationEveryMinutes: number;
  /** Lower churn probabilities of the medium, high and critical risk levels. */
  riskThresholds: readonly [number, number, number];
  /** Days after which an activity counts half in the engagement score. */
  decayHalfLifeDays: number;
  /** Days ahead a churn probability speaks of (the model's horizon). */
  churnHorizonDays: number;
  /** Attempts at a webhook delivery before the message is marked failed. */
  webhookMaxAttempts: number;
}

/** The DI token under which the validated config is provided. */
export const APP_CONFIG = Symbol('APP_CONFIG');
