import { Injectable } from '@nestjs/common';
import Bowser from 'bowser';
import { isbot } from 'isbot';
import { LRUCache } from 'lru-cache';

export type DeviceType = 'desktop' | 'mobile' | 'tablet';

export interface UserAgentInfo {
  isBot: boolean;
  deviceType: DeviceType | null;
  os: string | null;
  browser: string | null;
}

const DEVICE_TYPES = new Set<string>(['desktop', 'mobile', 'tablet']);

/**
 * Bot verdict (isbot's maintained list) and device, OS and browser (bowser) for a user agent.
 * Parsing costs tens of microseconds and real traffic repeats a few thousand user agents, so
 * verdicts are cached by the exact string.
 */
@Injectable()
export class UserAgentClassifier {
  private readonly cache = new LRUCache<string, UserAgentInfo>({ max: 10_000 });

  classify(userAgent: string): UserAgentInfo {
    const cached = this.cache.get(userAgent);
    if (cached) return cached;
    const info = this.parse(userAgent);
    this.cache.set(userAgent, info);
    return info;
  }

  private parse(userAgent: string): UserAgentInfo {
    if (!userAgent) return { isBot: false, deviceType: null, os: null, browser: null };
    const parsed = Bowser.parse(userAgent);
    const platform = parsed.platform?.type;
    return {
      isBot: isbot(userAgent),
      deviceType: platform && DEVICE_TYPES.has(platform) ? (platform as DeviceType) : null,
      os: parsed.os?.name?.slice(0, 64) ?? null,
      browser: parsed.browser?.name?.slice(0, 64) ?? null,
    };
  }
}
