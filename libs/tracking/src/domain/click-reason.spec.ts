import { describe, expect, it } from 'vitest';
import {
  BLOCKED_REASONS,
  BOT_REASONS,
  CLICK_REASONS,
  isClickReason,
  marksBlocked,
  marksBot,
} from './click-reason.js';

describe('click reasons', () => {
  it('lists the reasons in the order they are checked', () => {
    expect(CLICK_REASONS).toEqual([
      'campaign_not_active',
      'outside_schedule',
      'total_budget_reached',
      'daily_budget_reached',
      'country_not_targeted',
      'device_not_targeted',
      'affiliate_unknown',
      'affiliate_suspended',
      'empty_user_agent',
      'bot_user_agent',
      'blocked_ip',
      'blocked_referrer',
      'ip_rate_exceeded',
    ]);
  });

  it('marks a click as bot for an empty or a bot user agent', () => {
    expect([...BOT_REASONS]).toEqual(['empty_user_agent', 'bot_user_agent']);
    expect(marksBot(['campaign_not_active', 'bot_user_agent'])).toBe(true);
    expect(marksBot(['blocked_ip'])).toBe(false);
  });

  it('marks a click as blocked for fraud rules and unknown or suspended affiliates', () => {
    expect([...BLOCKED_REASONS].sort()).toEqual([
      'affiliate_suspended',
      'affiliate_unknown',
      'blocked_ip',
      'blocked_referrer',
      'ip_rate_exceeded',
    ]);
    expect(marksBlocked(['ip_rate_exceeded'])).toBe(true);
    expect(marksBlocked(['bot_user_agent'])).toBe(false);
  });

  it('treats campaign eligibility reasons as neither bot nor blocked', () => {
    const eligibility = CLICK_REASONS.slice(0, 6);
    expect(marksBot(eligibility)).toBe(false);
    expect(marksBlocked(eligibility)).toBe(false);
  });

  it('does not count duplicates as a reason: they are decided at storage time', () => {
    expect(isClickReason('duplicate')).toBe(false);
    expect(isClickReason('blocked_ip')).toBe(true);
  });
});
