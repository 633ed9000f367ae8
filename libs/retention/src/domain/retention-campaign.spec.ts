import { describe, expect, it } from 'vitest';
import { type CampaignSettings, RetentionCampaign } from './retention-campaign.js';

const settings: CampaignSettings = {
  name: 'Win back',
  trigger: { riskLevels: ['high'], segments: [], minPredictedClv: null },
  channel: 'email',
  webhookUrl: null,
  offer: { type: 'discount_percent', value: 15 },
  budgetMinor: 10_000,
  costPerMessageMinor: 5,
  currency: 'USD',
  startsAt: null,
  endsAt: null,
  cooldownDays: 30,
  controlGroupShare: 0.1,
};
const now = new Date('2026-11-26T09:00:00Z');

describe('retention campaign', () => {
  it('starts as a draft and follows the workflow', () => {
    const campaign = RetentionCampaign.create(settings, now);
    expect(campaign.snapshot.status).toBe('draft');
    expect(() => campaign.apply('pause', undefined, now)).toThrow(/cannot pause/);
    campaign.apply('activate', 1, now);
    expect(campaign.isRunningAt(now)).toBe(true);
    campaign.apply('complete', undefined, now);
    expect(() => campaign.apply('activate', undefined, now)).toThrow(/completed/);
  });

  it('refuses a stale version', () => {
    const campaign = RetentionCampaign.create(settings, now);
    expect(() => campaign.update({ name: 'x' }, 7, now)).toThrow(/version 1, not 7/);
  });

  it('refuses a webhook campaign without a URL and a trigger matching everyone', () => {
    expect(() => RetentionCampaign.create({ ...settings, channel: 'webhook' }, now)).toThrow(
      /invalid/,
    );
    expect(() =>
      RetentionCampaign.create(
        { ...settings, trigger: { riskLevels: [], segments: [], minPredictedClv: null } },
        now,
      ),
    ).toThrow();
  });

  it('enrols only inside its schedule', () => {
    const campaign = RetentionCampaign.create(
      { ...settings, startsAt: new Date('2026-12-01T00:00:00Z') },
      now,
    );
    campaign.apply('activate', undefined, now);
    expect(campaign.isRunningAt(now)).toBe(false);
  });
});
