import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { Clock, ipNetworkKey, RateLimitedError, WindowCounter } from '@app/kernel';
import { apiKeyFromHeaders } from '../auth/api-key-header.js';
import { IS_PUBLIC } from '../auth/auth.decorators.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { clientIp } from '../http/client-ip.js';
import { RATE_LIMIT_CLASS, type RateLimitClass } from './rate-limit-class.js';

const MINUTE_MS = 60_000;
/** One address may carry several keys (an office, a NAT): it gets this many keys' worth. */
const MANAGEMENT_IP_FACTOR = 5;

/** Counters are named by the key's SHA-256, so the key itself never sits in Redis or memory. */
const counterName = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

/**
 * Limits requests per minute by route class: per client IP on every class, and per API key on
 * management routes. Runs before authentication, so guessing keys is limited too. The IP is
 * the platform's `clientIp` (X-Forwarded-For only as far as TRUST_PROXY trusts its hops, junk
 * never), counted by its network (ipNetworkKey: an IPv6 /64, an IPv4-mapped address as IPv4).
 * Over a limit: 429 with Retry-After (seconds to the next window).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly counter: WindowCounter,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const routeClass =
      this.reflector.getAllAndOverride<RateLimitClass | undefined>(RATE_LIMIT_CLASS, targets) ??
      (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ? null : 'management');
    if (routeClass === null) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    // An IPv6 visitor by its network: one host holds a whole /64 of addresses.
    const ip = ipNetworkKey(clientIp(request), this.config.ipv6SubnetPrefix);
    const now = this.clock.now();
    const limit = this.config.rateLimits[routeClass];
    if (routeClass === 'management') {
      const key = apiKeyFromHeaders(request.headers);
      if (key) await this.count(`management:key:${counterName(key)}`, limit, now);
      await this.count(`management:ip:${ip}`, limit * MANAGEMENT_IP_FACTOR, now);
    } else {
      await this.count(`${routeClass}:ip:${ip}`, limit, now);
    }
    return true;
  }

  private async count(subject: string, limit: number, now: Date): Promise<void> {
    const { count, resetInMs } = await this.counter.hit(subject, MINUTE_MS, now);
    if (count <= limit) return;
    throw new RateLimitedError(
      'HTTP.RATE_LIMITED',
      `Too many requests: at most ${limit} a minute here. Try again in ${Math.ceil(resetInMs / 1000)} s.`,
      resetInMs / 1000,
    );
  }
}
