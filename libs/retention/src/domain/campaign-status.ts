import { invalidTransition } from './retention.errors.js';

export const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'completed'] as const;
export type RetentionCampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const STATUS_ACTIONS = ['activate', 'pause', 'complete'] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

/** As affiliate campaigns: draft -> active; active <-> paused; active|paused -> completed (final). */
const TRANSITIONS: Record<
  StatusAction,
  { from: readonly RetentionCampaignStatus[]; to: RetentionCampaignStatus }
> = {
  activate: { from: ['draft', 'paused'], to: 'active' },
  pause: { from: ['active'], to: 'paused' },
  complete: { from: ['active', 'paused'], to: 'completed' },
};

export function nextStatus(
  current: RetentionCampaignStatus,
  action: StatusAction,
): RetentionCampaignStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(current)) throw invalidTransition(current, action);
  return transition.to;
}
