import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.js';

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;
/** What production mode needs beside SECRET_KEY. */
const PRODUCTION_BASE = { PUBLIC_BASE_URL: 'https://track.example.com' };

describe('loadConfig', () => {
  it('starts on SQLite with the documented defaults', () => {
    const config = loadConfig(env({}));
    expect(config).toMatchObject({
      host: 'localhost',
      port: 5000,
      debug: true,
      rateLimits: { click: 1200, postback: 3000, forms: 60, management: 600 },
      database: { type: 'sqlite', path: './data/affiliate.sqlite', migrationsRun: true },
      secretKeyGenerated: true,
    });
    expect(config.secretKey.length).toBeGreaterThanOrEqual(32);
  });

  it('uses PostgreSQL once DB_HOST or DATABASE_URL is set', () => {
    expect(loadConfig(env({ DB_HOST: 'db' })).database).toMatchObject({
      type: 'postgres',
      host: 'db',
      port: 5432,
      database: 'supreme_octosuccotash_db',
      username: 'app_user',
      password: 'app_password',
    });
    expect(loadConfig(env({ DATABASE_URL: 'postgres://u:p@h:5433/x' })).database).toMatchObject({
      type: 'postgres',
      url: 'postgres://u:p@h:5433/x',
    });
  });

  it('refuses to start without SECRET_KEY when DEBUG=false, naming the variable', () => {
    expect(() => loadConfig(env({ DEBUG: 'false' }))).toThrow(
      /SECRET_KEY: required when DEBUG=false/,
    );
    expect(
      loadConfig(env({ ...PRODUCTION_BASE, DEBUG: 'false', SECRET_KEY: 'x'.repeat(32) }))
        .secretKeyGenerated,
    ).toBe(false);
  });

  it('names every bad variable at once and hides secret values', () => {
    try {
      loadConfig(
        env({
          API_PORT: 'eighty',
          DEBUG: 'maybe',
          RATE_LIMIT_FORMS_PER_MINUTE: '0',
          SECRET_KEY: 'short',
        }),
      );
      expect.unreachable('loadConfig accepted bad values');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      for (const name of ['API_PORT', 'DEBUG', 'RATE_LIMIT_FORMS_PER_MINUTE', 'SECRET_KEY'])
        expect(message).toContain(name);
      expect(message).not.toContain('"short"');
    }
  });

  it('shows no password of a URL, nor any key or token, in its error', () => {
    try {
      loadConfig(
        env({
          DATABASE_URL: 'mysql://app:s3cret-pw@db:3306/x',
          REDIS_URL: 'http://:r3dis-pw@cache:6379',
          IP_GEOLOCATION_URL: 'not a url',
        }),
      );
      expect.unreachable('loadConfig accepted bad URLs');
    } catch (error) {
      const message = (error as ConfigError).message;
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('"mysql://app:(hidden)@db:3306/x"');
      expect(message).toContain('REDIS_URL');
      expect(message).not.toMatch(/s3cret-pw|r3dis-pw/);
      expect(message).toContain('"not a url"');
    }
  });

  it('reads the lead settings, and refuses a hot score below the qualified score', () => {
    expect(loadConfig(env({}))).toMatchObject({
      formRateLimit: 20,
      leadQualifiedScore: 60,
      leadHotScore: 70,
    });
    expect(
      loadConfig(env({ FORM_RATE_LIMIT: '5', LEAD_QUALIFIED_SCORE: '50', LEAD_HOT_SCORE: '50' })),
    ).toMatchObject({ formRateLimit: 5, leadQualifiedScore: 50, leadHotScore: 50 });
    expect(() => loadConfig(env({ LEAD_QUALIFIED_SCORE: '80' }))).toThrow(
      /LEAD_HOT_SCORE: must be at least LEAD_QUALIFIED_SCORE \(80\)/,
    );
    expect(() => loadConfig(env({ FORM_RATE_LIMIT: '0', LEAD_HOT_SCORE: '101' }))).toThrow(
      /FORM_RATE_LIMIT[\s\S]*LEAD_HOT_SCORE/,
    );
  });

  it('reads the retention settings, and refuses risk thresholds that do not increase', () => {
    expect(loadConfig(env({})).retention).toEqual({
      recalculateAt: '03:00',
      automationEveryMinutes: 60,
      riskThresholds: [0.3, 0.5, 0.7],
      decayHalfLifeDays: 14,
      churnHorizonDays: 90,
      webhookMaxAttempts: 6,
    });
    expect(loadConfig(env({ RETENTION_CHURN_HORIZON_DAYS: '30' })).retention.churnHorizonDays).toBe(
      30,
    );
    expect(() => loadConfig(env({ RETENTION_CHURN_HORIZON_DAYS: '3' }))).toThrow(
      /RETENTION_CHURN_HORIZON_DAYS/,
    );
    expect(
      loadConfig(env({ RETENTION_RECALCULATE_AT: 'off', RETENTION_RISK_THRESHOLDS: '0.2,0.4,0.8' }))
        .retention,
    ).toMatchObject({ recalculateAt: null, riskThresholds: [0.2, 0.4, 0.8] });
    expect(() => loadConfig(env({ RETENTION_RISK_THRESHOLDS: '0.5,0.3,0.7' }))).toThrow(
      /RETENTION_RISK_THRESHOLDS: must be three increasing probabilities/,
    );
    expect(() => loadConfig(env({ RETENTION_RECALCULATE_AT: '25:00' }))).toThrow(
      /RETENTION_RECALCULATE_AT must be a UTC time/,
    );
  });

  it('reads the affiliate postback settings', () => {
    expect(loadConfig(env({})).affiliatePostbacks).toEqual({ maxAttempts: 6 });
    expect(loadConfig(env({ AFFILIATE_POSTBACK_MAX_ATTEMPTS: '3' })).affiliatePostbacks).toEqual({
      maxAttempts: 3,
    });
    expect(() => loadConfig(env({ AFFILIATE_POSTBACK_MAX_ATTEMPTS: '0' }))).toThrow(
      /AFFILIATE_POSTBACK_MAX_ATTEMPTS/,
    );
  });

  it('reads the private addresses outbound calls may reach, and refuses one that is none', () => {
    expect(loadConfig(env({})).outbound).toEqual({ allowedPrivateAddresses: [] });
    expect(loadConfig(env({ OUTBOUND_ALLOWED_IPS: '127.0.0.1,10.1.0.0/16' })).outbound).toEqual({
      allowedPrivateAddresses: ['127.0.0.1', '10.1.0.0/16'],
    });
    expect(() => loadConfig(env({ OUTBOUND_ALLOWED_IPS: 'intranet.local' }))).toThrow(
      /OUTBOUND_ALLOWED_IPS: "intranet.local" is not an IP address or a CIDR range/,
    );
  });

  it('still reads AFFILIATE_POSTBACK_ALLOWED_IPS, with a warning, but not beside its new name', () => {
    expect(loadConfig(env({ AFFILIATE_POSTBACK_ALLOWED_IPS: '10.1.0.0/16' })).outbound).toEqual({
      allowedPrivateAddresses: ['10.1.0.0/16'],
      deprecation: expect.stringMatching(
        /^AFFILIATE_POSTBACK_ALLOWED_IPS is deprecated: rename it OUTBOUND_ALLOWED_IPS/,
      ),
    });
    expect(() => loadConfig(env({ AFFILIATE_POSTBACK_ALLOWED_IPS: 'intranet.local' }))).toThrow(
      /AFFILIATE_POSTBACK_ALLOWED_IPS: "intranet.local" is not an IP address/,
    );
    expect(() =>
      loadConfig(
        env({ OUTBOUND_ALLOWED_IPS: '127.0.0.1', AFFILIATE_POSTBACK_ALLOWED_IPS: '127.0.0.1' }),
      ),
    ).toThrow(/AFFILIATE_POSTBACK_ALLOWED_IPS: replaced by OUTBOUND_ALLOWED_IPS; set only/);
  });

  it('reads booleans written the usual ways', () => {
    expect(
      loadConfig(env({ ...PRODUCTION_BASE, DEBUG: 'FALSE', SECRET_KEY: 'x'.repeat(32) })).debug,
    ).toBe(false);
    expect(loadConfig(env({ DEBUG: '1' })).debug).toBe(true);
  });

  it('reads TRUST_PROXY as false, a hop count or a list of proxy addresses and ranges', () => {
    const trust = (value?: string) =>
      loadConfig(env(value === undefined ? {} : { TRUST_PROXY: value })).trustProxy;
    expect(trust()).toEqual({ kind: 'none' });
    expect(trust('false')).toEqual({ kind: 'none' });
    expect(trust('0')).toEqual({ kind: 'none' });
    expect(trust('1')).toEqual({ kind: 'hops', hops: 1 });
    expect(trust('2')).toEqual({ kind: 'hops', hops: 2 });
    expect(trust(' 10.0.0.0/8, 192.168.1.7 ,fd00::/8, loopback')).toEqual({
      kind: 'proxies',
      proxies: ['10.0.0.0/8', '192.168.1.7', 'fd00::/8', 'loopback'],
    });
  });

  it('keeps TRUST_PROXY=true working as one hop, with a deprecation line for the log', () => {
    for (const value of ['true', 'yes']) {
      const config = loadConfig(env({ TRUST_PROXY: value }));
      expect(config.trustProxy).toEqual({ kind: 'hops', hops: 1 });
      expect(config.trustProxyDeprecation).toMatch(/TRUST_PROXY=.* is deprecated.*TRUST_PROXY=1/);
    }
    expect(loadConfig(env({ TRUST_PROXY: '1' })).trustProxyDeprecation).toBeUndefined();
  });

  it('refuses a malformed TRUST_PROXY, naming the variable and the bad entry', () => {
    for (const [value, named] of [
      ['banana', '"banana"'],
      ['10.0.0.0/99', '"10.0.0.0/99"'],
      ['-1', '"-1"'],
      ['10.0.0.1, 300.1.2.3', '"300.1.2.3"'],
      ['2001:db8::/129', '"2001:db8::/129"'],
      ['10.0.0.0/8,', '""'],
      ['10.1', '"10.1"'],
      ['1000', '1000 hops'],
    ]) {
      expect(() => loadConfig(env({ TRUST_PROXY: value })), value).toThrow(ConfigError);
      expect(() => loadConfig(env({ TRUST_PROXY: value })), value).toThrow(
        new RegExp(`TRUST_PROXY: ${named.replace(/[.*/]/g, '\\$&')}`),
      );
    }
  });

  it('reads IPV6_SUBNET_PREFIX, 64 by default, and refuses one outside 1..128', () => {
    expect(loadConfig(env({})).ipv6SubnetPrefix).toBe(64);
    expect(loadConfig(env({ IPV6_SUBNET_PREFIX: '48' })).ipv6SubnetPrefix).toBe(48);
    expect(loadConfig(env({ IPV6_SUBNET_PREFIX: '128' })).ipv6SubnetPrefix).toBe(128);
    for (const value of ['0', '129', '64.5', 'sixty-four', '-64']) {
      expect(() => loadConfig(env({ IPV6_SUBNET_PREFIX: value })), value).toThrow(
        /IPV6_SUBNET_PREFIX/,
      );
    }
  });

  it('reads the LTV settings, with a nightly time or off', () => {
    expect(loadConfig(env({})).ltv).toEqual({
      currency: 'USD',
      horizonMonths: 12,
      monthlyDiscountRate: 0.01,
      nightlyAt: '02:00',
      importBodyLimitBytes: 8 * 1024 * 1024,
    });
    expect(
      loadConfig(
        env({
          LTV_CURRENCY: 'EUR',
          LTV_HORIZON_MONTHS: '24',
          LTV_MONTHLY_DISCOUNT_RATE: '0.005',
          LTV_NIGHTLY_AT: 'off',
        }),
      ).ltv,
    ).toMatchObject({
      currency: 'EUR',
      horizonMonths: 24,
      monthlyDiscountRate: 0.005,
      nightlyAt: null,
    });
  });

  it('refuses LTV settings that make no sense, naming each', () => {
    const message = (() => {
      try {
        loadConfig(
          env({
            LTV_CURRENCY: 'EURO',
            LTV_HORIZON_MONTHS: '0',
            LTV_MONTHLY_DISCOUNT_RATE: '-0.1',
            LTV_NIGHTLY_AT: '25:00',
          }),
        );
      } catch (error) {
        return (error as ConfigError).message;
      }
      return '';
    })();
    for (const name of [
      'LTV_CURRENCY',
      'LTV_HORIZON_MONTHS',
      'LTV_MONTHLY_DISCOUNT_RATE',
      'LTV_NIGHTLY_AT',
    ])
      expect(message).toContain(name);
  });

  it('keeps full IP addresses 30 days by default, and reads IP_RETENTION_DAYS', () => {
    expect(loadConfig(env({})).privacy.ipRetentionDays).toBe(30);
    expect(loadConfig(env({ IP_RETENTION_DAYS: '7' })).privacy.ipRetentionDays).toBe(7);
  });

  it('refuses an IP retention that is no whole number of days from 1, naming the variable', () => {
    for (const value of ['0', '-3', '1.5', 'thirty', '3651']) {
      expect(() => loadConfig(env({ IP_RETENTION_DAYS: value }))).toThrow(/IP_RETENTION_DAYS/);
    }
  });

  describe('PUBLIC_BASE_URL', () => {
    const production = { DEBUG: 'false', SECRET_KEY: 'x'.repeat(32) };

    it('is required when DEBUG=false, naming the variable', () => {
      expect(() => loadConfig(env(production))).toThrow(
        /PUBLIC_BASE_URL: required when DEBUG=false/,
      );
      expect(loadConfig(env({})).publicBaseUrl).toBeUndefined();
    });

    it('is kept without its trailing slashes, a path included', () => {
      expect(
        loadConfig(env({ ...production, PUBLIC_BASE_URL: 'https://Track.Example.com/t//' }))
          .publicBaseUrl,
      ).toBe('https://track.example.com/t');
    });

    it.each([
      'track.example.com',
      'ftp://track.example.com',
      'https://track.example.com/?a=1',
      'https://track.example.com?',
      'https://track.example.com/#top',
      'https://user:pw@track.example.com',
      'https://',
    ])('refuses %s, naming the variable', (value) => {
      expect(() => loadConfig(env({ PUBLIC_BASE_URL: value }))).toThrow(
        /PUBLIC_BASE_URL: must be an absolute http\(s\) URL/,
      );
    });
  });

  it('keeps delivered outbox events 7 days by default, and reads OUTBOX_RETENTION_DAYS', () => {
    expect(loadConfig(env({})).outboxRetentionDays).toBe(7);
    expect(loadConfig(env({ OUTBOX_RETENTION_DAYS: '30' })).outboxRetentionDays).toBe(30);
    for (const value of ['0', '-1', '2.5', 'week', '3651']) {
      expect(() => loadConfig(env({ OUTBOX_RETENTION_DAYS: value }))).toThrow(
        /OUTBOX_RETENTION_DAYS/,
      );
    }
  });
});
