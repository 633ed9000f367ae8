import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError as ClassValidationError } from 'class-validator';
import type { AppConfig, DatabaseConfig } from './app-config.js';
import { parseCorsOrigins } from './cors-origins.js';
import { debugSecretKeyFile, keptSecretKey } from './debug-secret-key.js';
import { parsePublicBaseUrl } from './public-base-url-setting.js';
import { EnvironmentVariables } from './environment-variables.js';
import { parseOutboundAllowedIps } from './outbound-allowed-ips.js';
import { parseTrustProxy } from './trust-proxy.js';

/** A setting the API cannot start with; the message names each offending variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads `.env` into process.env; variables already set in the environment win. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

export interface LoadConfigOptions {
  /**
   * In debug mode without SECRET_KEY, keep the generated key in the data directory and reuse
   * it on the next start (the API's boot and CLI). Off by default, so that tests and tools
   * that only read settings write no file.
   */
  keepDebugSecretKey?: boolean;
}

/** Validates the environment once and turns it into the typed AppConfig. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  options: LoadConfigOptions = {},
): AppConfig {
  const raw = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const vars = plainToInstance(EnvironmentVariables, raw, { exposeDefaultValues: true });
  const problems = validateSync(vars, { forbidUnknownValues: false }).flatMap(describe);
  if (!vars.DEBUG && !vars.SECRET_KEY) {
    problems.push(
      'SECRET_KEY: required when DEBUG=false (it signs postback tokens and other secrets); set a random string of at least 32 characters',
    );
  }
  if (vars.LEAD_HOT_SCORE < vars.LEAD_QUALIFIED_SCORE) {
    problems.push(
      `LEAD_HOT_SCORE: must be at least LEAD_QUALIFIED_SCORE (${vars.LEAD_QUALIFIED_SCORE}): a hot lead is a qualified one (got ${vars.LEAD_HOT_SCORE})`,
    );
  }
  if (!riskThresholdsValid(vars.RETENTION_RISK_THRESHOLDS)) {
    problems.push(
      `RETENTION_RISK_THRESHOLDS: must be three increasing probabilities between 0 and 1, such as 0.3,0.5,0.7 (got ${vars.RETENTION_RISK_THRESHOLDS})`,
    );
  }
  const cors = parseCorsOrigins(vars.CORS_ORIGINS);
  problems.push(...cors.problems);
  const outboundAllowed = parseOutboundAllowedIps(
    vars.OUTBOUND_ALLOWED_IPS,
    vars.AFFILIATE_POSTBACK_ALLOWED_IPS,
  );
  problems.push(...outboundAllowed.problems);
  const trust = parseTrustProxy(vars.TRUST_PROXY);
  problems.push(...trust.problems);
  const publicBaseUrl = parsePublicBaseUrl(vars.PUBLIC_BASE_URL, vars.DEBUG);
  problems.push(...publicBaseUrl.problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const database = databaseConfig(vars);
  const secret = secretKeyOf(vars, database, options);
  if ('problem' in secret) throw new ConfigError([secret.problem]);

  return {
    host: vars.API_HOST,
    port: vars.API_PORT,
    debug: vars.DEBUG,
    secretKey: secret.key,
    secretKeyGenerated: !vars.SECRET_KEY,
    secretKeyFile: secret.file,
    bootstrapApiKey: vars.API_KEY,
    rateLimits: {
      click: vars.RATE_LIMIT_CLICK_PER_MINUTE,
      postback: vars.RATE_LIMIT_POSTBACK_PER_MINUTE,
      forms: vars.RATE_LIMIT_FORMS_PER_MINUTE,
      management: vars.RATE_LIMIT_MANAGEMENT_PER_MINUTE,
    },
    database,
    redisUrl: vars.REDIS_URL,
    ipGeolocationApiKey: vars.IP_GEOLOCATION_API_KEY,
    ipGeolocationUrl: vars.IP_GEOLOCATION_URL.replace(/\/+$/, ''),
    publicBaseUrl: publicBaseUrl.url,
    trustProxy: trust.trustProxy,
    trustProxyDeprecation: trust.deprecation,
    ipv6SubnetPrefix: vars.IPV6_SUBNET_PREFIX,
    clickRateLimitPerIp: vars.CLICK_RATE_LIMIT_PER_IP,
    conversionLookbackDays: vars.CONVERSION_LOOKBACK_DAYS,
    postbackSecretGraceHours: vars.POSTBACK_SECRET_GRACE_HOURS,
    affiliatePostbacks: { maxAttempts: vars.AFFILIATE_POSTBACK_MAX_ATTEMPTS },
    outbound: {
      allowedPrivateAddresses: outboundAllowed.addresses,
      deprecation: outboundAllowed.deprecation,
    },
    formRateLimit: vars.FORM_RATE_LIMIT,
    leadQualifiedScore: vars.LEAD_QUALIFIED_SCORE,
    leadHotScore: vars.LEAD_HOT_SCORE,
    bodyLimitBytes: vars.BODY_LIMIT_BYTES,
    outboxRetentionDays: vars.OUTBOX_RETENTION_DAYS,
    corsOrigins: cors.origins,
    logLevel: vars.LOG_LEVEL ?? (vars.DEBUG ? 'debug' : 'info'),
    version: packageVersion(),
    ltv: {
      currency: vars.LTV_CURRENCY,
      horizonMonths: vars.LTV_HORIZON_MONTHS,
      monthlyDiscountRate: vars.LTV_MONTHLY_DISCOUNT_RATE,
      nightlyAt: vars.LTV_NIGHTLY_AT === 'off' ? null : vars.LTV_NIGHTLY_AT,
      importBodyLimitBytes: vars.LTV_IMPORT_BODY_LIMIT_BYTES,
    },
    retention: {
      recalculateAt: vars.RETENTION_RECALCULATE_AT === 'off' ? null : vars.RETENTION_RECALCULATE_AT,
      automationEveryMinutes: vars.RETENTION_AUTOMATION_EVERY_MINUTES,
      riskThresholds: riskThresholds(vars.RETENTION_RISK_THRESHOLDS),
      decayHalfLifeDays: vars.RETENTION_DECAY_HALF_LIFE_DAYS,
      churnHorizonDays: vars.RETENTION_CHURN_HORIZON_DAYS,
      webhookMaxAttempts: vars.RETENTION_WEBHOOK_MAX_ATTEMPTS,
    },
    privacy: { ipRetentionDays: vars.IP_RETENTION_DAYS },
  };
}

/** SECRET_KEY, else (debug only) the key kept in the data directory, else one for this run. */
function secretKeyOf(
  vars: EnvironmentVariables,
  database: DatabaseConfig,
  options: LoadConfigOptions,
): { key: string; file?: string } | { problem: string } {
  if (vars.SECRET_KEY) return { key: vars.SECRET_KEY };
  const inMemory = database.type === 'sqlite' && database.path === ':memory:';
  const file = options.keepDebugSecretKey
    ? debugSecretKeyFile(vars.SQLITE_PATH, inMemory || vars.SQLITE_PATH === ':memory:')
    : null;
  if (!file) return { key: randomBytes(32).toString('base64url') };
  const kept = keptSecretKey(file);
  return 'key' in kept ? { key: kept.key, file } : kept;
}

function riskThresholds(text: string): [number, number, number] {
  const [medium, high, critical] = text.split(',').map(Number);
  return [medium, high, critical];
}

function riskThresholdsValid(text: string): boolean {
  const values = text.split(',').map((part) => Number(part.trim()));
  return (
    values.length === 3 &&
    values.every((value, i) => value > 0 && value < 1 && (i === 0 || value > values[i - 1]))
  );
}

function databaseConfig(vars: EnvironmentVariables): DatabaseConfig {
  if (vars.DATABASE_URL || vars.DB_HOST) {
    return {
      type: 'postgres',
      url: vars.DATABASE_URL,
      host: vars.DB_HOST,
      port: vars.DB_PORT,
      database: vars.DB_NAME,
      username: vars.DB_USER,
      password: vars.DB_PASSWORD,
      poolSize: vars.DB_POOL_SIZE,
      migrationsRun: vars.DB_MIGRATIONS_RUN,
    };
  }
  return { type: 'sqlite', path: vars.SQLITE_PATH, migrationsRun: vars.DB_MIGRATIONS_RUN };
}

function describe(error: ClassValidationError): string[] {
  const messages = Object.values(error.constraints ?? {});
  const shown = shownValue(error.property, error.value);
  return messages.map((message) =>
    message.startsWith(error.property)
      ? `${message} (got ${shown})`
      : `${error.property}: ${message} (got ${shown})`,
  );
}

/**
 * A bad value as the start-up error shows it: secrets (keys, tokens, passwords) not at all,
 * and a URL without the password it may carry (DATABASE_URL, REDIS_URL).
 */
function shownValue(name: string, value: unknown): string {
  if (/KEY|SECRET|TOKEN|PASSWORD/.test(name)) return '(hidden)';
  if (typeof value === 'string' && /^[a-z][a-z\d+.-]*:\/\/[^/@]*:[^/@]*@/i.test(value)) {
    return JSON.stringify(value.replace(/(:\/\/[^/:@]*:)[^/@]*@/, '$1(hidden)@'));
  }
  return JSON.stringify(value);
}

/** The version in the nearest package.json above this file (source tree or build output). */
function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      return (
        (JSON.parse(readFileSync(candidate, 'utf8')) as { version?: string }).version ?? '0.0.0'
      );
    }
    const parent = dirname(dir);
    if (parent === dir) return '0.0.0';
    dir = parent;
  }
}
