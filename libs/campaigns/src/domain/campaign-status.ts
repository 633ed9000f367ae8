import { invalidTransition } from './campaigns.errors.js';

export const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'completed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const STATUS_ACTIONS = ['activate', 'pause', 'complete'] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

/**
 * The whole workflow: draft -> active; active <-> paused; active|paused -> completed.
 * Completed is final. Any move not listed here is refused.
 */
const TRANSITIONS: Readonly<
  Record<StatusAction, { from: readonly CampaignStatus[]; to: CampaignStatus }>
> = {
  activate: { from: ['draft', 'paused'], to: 'active' },
  pause: { from: ['active'], to: 'paused' },
  complete: { from: ['active', 'paused'], to: 'completed' },
};

/** The status an action leads to from `current`; throws CAMPAIGNS.INVALID_TRANSITION otherwise. */
export function nextStatus(current: CampaignStatus, action: StatusAction): CampaignStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(current)) throw invalidTransition(current, action);
  return transition.to;
}
