import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { DEFAULT_IPV6_SUBNET_PREFIX, Money } from '@app/kernel';

const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true,
  '1': true,
  yes: true,
  on: true,
  false: false,
  '0': false,
  no: false,
  off: false,
};

/** "true"/"false" (and 1/0, yes/no, on/off); anything else stays a string and fails IsBoolean. */
const toBoolean = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (BOOLEAN_WORDS[value.trim().toLowerCase()] ?? value) : value,
  );

/**
 * Every setting the API reads from the environment (and `.env`), with its default. Validated
 * once at boot; a bad value stops the start with a message naming the variable.
 */
export class EnvironmentVariables {
  @IsString()
  @MinLength(1)
  API_HOST = 'localhost';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  API_PORT = 5000;

  @toBoolean()
  @IsBoolean()
  DEBUG = true;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'SECRET_KEY must be at least 32 characters long' })
  SECRET_KEY?: string;

  @IsOptional()
  @IsString()
  @MinLength(24, { message: 'API_KEY must be at least 24 characters long' })
  API_KEY?: string;

  // Requests per minute by route class (see libs/platform/src/rate-limiting).
  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_CLICK_PER_MINUTE = 1200;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_POSTBACK_PER_MINUTE = 3000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_FORMS_PER_MINUTE = 60;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_MANAGEMENT_PER_MINUTE = 600;

  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  DB_HOST?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  DB_PORT = 5432;

  @IsString()
  DB_NAME = 'supreme_octosuccotash_db';

  @IsString()
  DB_USER = 'app_user';

  @IsString()
  DB_PASSWORD = 'app_password';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  @toBoolean()
  @IsBoolean()
  DB_MIGRATIONS_RUN = true;

  @IsString()
  @MinLength(1)
  SQLITE_PATH = './data/affiliate.sqlite';

  @IsOptional()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL?: string;

  @IsOptional()
  @IsString()
  IP_GEOLOCATION_API_KEY?: string;

  /** The hosted geolocation service's base URL (ipinfo.io's API, or a proxy speaking it). */
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  IP_GEOLOCATION_URL = 'https://ipinfo.io';

  /** Required when DEBUG=false; checked in loadConfig (public-base-url-setting.ts). */
  @IsOptional()
  @IsString()
  PUBLIC_BASE_URL?: string;

  /** false, a number of proxy hops, or proxy addresses and CIDRs (parsed by parseTrustProxy). */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /** Per-IP rules count an IPv6 visitor by this many leading bits of its address. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(128)
  IPV6_SUBNET_PREFIX = DEFAULT_IPV6_SUBNET_PREFIX;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  CLICK_RATE_LIMIT_PER_IP = 60;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  CONVERSION_LOOKBACK_DAYS = 30;

  /** How long an advertiser's previous postback secret keeps working after a rotation. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(720)
  POSTBACK_SECRET_GRACE_HOURS = 24;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  AFFILIATE_POSTBACK_MAX_ATTEMPTS = 6;

  /** Private addresses outbound calls may reach (comma-separated IPs or CIDRs). */
  @IsOptional()
  @IsString()
  OUTBOUND_ALLOWED_IPS?: string;

  /** The deprecated name of OUTBOUND_ALLOWED_IPS. */
  @IsOptional()
  @IsString()
  AFFILIATE_POSTBACK_ALLOWED_IPS?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  FORM_RATE_LIMIT = 20;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  LEAD_QUALIFIED_SCORE = 60;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  LEAD_HOT_SCORE = 70;

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  /** Origins whose browser scripts may call the API; checked in loadConfig (cors-origins.ts). */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  NODE_ENV?: string;

  @IsIn(Money.currencies(), { message: 'LTV_CURRENCY must be an ISO 4217 code such as USD' })
  LTV_CURRENCY = 'USD';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(120)
  LTV_HORIZON_MONTHS = 12;

  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  LTV_MONTHLY_DISCOUNT_RATE = 0.01;

  @Matches(/^(([01]\d|2[0-3]):[0-5]\d|off)$/, {
    message: 'LTV_NIGHTLY_AT must be a UTC time HH:MM (such as 02:00) or off',
  })
  LTV_NIGHTLY_AT = '02:00';

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  LTV_IMPORT_BODY_LIMIT_BYTES = 8 * 1024 * 1024;

  @Matches(/^(([01]\d|2[0-3]):[0-5]\d|off)$/, {
    message: 'RETENTION_RECALCULATE_AT must be a UTC time HH:MM (such as 03:00) or off',
  })
  RETENTION_RECALCULATE_AT = '03:00';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1440)
  RETENTION_AUTOMATION_EVERY_MINUTES = 60;

  @IsString()
  RETENTION_RISK_THRESHOLDS = '0.3,0.5,0.7';

  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(365)
  RETENTION_DECAY_HALF_LIFE_DAYS = 14;

  /** Days ahead that churn probabilities speak of: churn is no purchase (buyers) or no activity in them. */
  @Type(() => Number)
  @IsInt()
  @Min(7)
  @Max(365)
  RETENTION_CHURN_HORIZON_DAYS = 90;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  RETENTION_WEBHOOK_MAX_ATTEMPTS = 6;

  /** Days a visitor's full IP address is kept on clicks and form submissions before truncation. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  IP_RETENTION_DAYS = 30;

  /** Days a delivered outbox event is kept (an audit trail of what was sent) before deletion. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  OUTBOX_RETENTION_DAYS = 7;
}
