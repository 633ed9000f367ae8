import { ValidationCollector } from '@app/kernel';
import { Budget, type BudgetInput } from './budget.js';
import { CampaignsErrorCode, invalidCampaignField } from './campaigns.errors.js';
import {
  type FraudulentClickConversions,
  parseFraudulentClickConversions,
} from './fraudulent-click-conversions.js';
import { OFFER_URL_MACROS, parseHttpUrl } from './offer-url.js';
import { Payout, type PayoutInput } from './payout.js';
import { Schedule, type ScheduleInput } from './schedule.js';
import { Targeting, type TargetingInput } from './targeting.js';

/** Everything about a campaign that its owner sets (status and times are the workflow's). */
export interface CampaignSettings {
  name: string;
  advertiserName: string;
  /**
   * The advertiser record every campaign belongs to: its postback credentials record this
   * campaign's conversions. Whether it exists is checked where advertisers are known.
   */
  advertiserId: string;
  offerUrl: string;
  safePageUrl: string | null;
  payout: Payout;
  budget: Budget | null;
  schedule: Schedule;
  targeting: Targeting;
  fraudulentClickConversions: FraudulentClickConversions;
}

/** What a caller sends to create a campaign; validated here, not trusted. */
export interface NewCampaignInput {
  name: string;
  advertiserName: string;
  advertiserId?: string | null;
  offerUrl: string;
  safePageUrl?: string | null;
  payout: PayoutInput;
  budget?: BudgetInput | null;
  schedule?: ScheduleInput | null;
  targeting?: TargetingInput | null;
  /** Absent: reject. */
  fraudulentClickConversions?: FraudulentClickConversions | null;
}

/** A partial change: absent fields stay; null clears an optional field. */
export type CampaignChanges = Partial<NewCampaignInput>;

export const SETTING_FIELDS = [
  'name',
  'advertiserName',
  'advertiserId',
  'offerUrl',
  'safePageUrl',
  'payout',
  'budget',
  'schedule',
  'targeting',
  'fraudulentClickConversions',
] as const satisfies readonly (keyof CampaignSettings)[];

const MAX_NAME_LENGTH = 200;

/** How each field is read; the budget is read apart, in the payout's currency. */
const PARSERS: {
  [F in Exclude<keyof CampaignSettings, 'budget'>]: (value: never) => CampaignSettings[F];
} = {
  name: (value: string) => requiredText(value, 'name'),
  advertiserName: (value: string) => requiredText(value, 'advertiserName'),
  advertiserId: (value: string | null | undefined) => advertiserIdOf(value),
  offerUrl: (value: string) => parseHttpUrl(value, 'offerUrl', OFFER_URL_MACROS),
  safePageUrl: (value: string | null | undefined) =>
    value === null || value === undefined ? null : parseHttpUrl(value, 'safePageUrl'),
  payout: (value: PayoutInput) => Payout.parse(value),
  schedule: (value: ScheduleInput | null | undefined) => Schedule.parse(value),
  targeting: (value: TargetingInput | null | undefined) => Targeting.parse(value),
  fraudulentClickConversions: (value: string | null | undefined) =>
    parseFraudulentClickConversions(value),
};

/**
 * Reads the fields present in `input` over `current` (every field when creating, with no
 * current settings) and reports every broken rule at once; nothing is applied on failure.
 */
export function parseSettings(
  input: CampaignChanges,
  current: CampaignSettings | null,
): CampaignSettings {
  const checks = new ValidationCollector();
  const next = { ...current } as CampaignSettings;
  // In field order, so errors come back in the order of the form; payout precedes budget.
  for (const field of SETTING_FIELDS) {
    if (field === 'budget') {
      checkBudget(input, current, next, checks);
      continue;
    }
    if (current && input[field] === undefined) continue;
    const parsed = checks.check(() => PARSERS[field](input[field] as never));
    if (parsed !== undefined) Object.assign(next, { [field]: parsed });
  }
  checks.throwIfAny(
    CampaignsErrorCode.InvalidCampaign,
    current ? 'The changes are invalid; nothing was changed.' : 'The campaign is invalid.',
  );
  return next;
}

/** The budget is in the payout currency, so a new currency needs the budget restated. */
function checkBudget(
  input: CampaignChanges,
  current: CampaignSettings | null,
  next: CampaignSettings,
  checks: ValidationCollector,
): void {
  if (!current || input.budget !== undefined) {
    if (next.payout) {
      next.budget = checks.check(() => parseBudget(input.budget, next.payout.currency)) ?? null;
    }
  } else if (next.budget && next.budget.currency !== next.payout.currency) {
    checks.add(
      'budget',
      `The budget is in ${next.budget.currency}; restate it in ${next.payout.currency} with the new payout.`,
    );
  }
}

/** The fields whose values differ. Value objects hold plain data, so JSON compares them. */
export function changedSettings(before: CampaignSettings, after: CampaignSettings): string[] {
  return SETTING_FIELDS.filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}

function requiredText(value: string, field: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length < 1 || text.length > MAX_NAME_LENGTH) {
    throw invalidCampaignField(field, `${field} must be 1 to ${MAX_NAME_LENGTH} characters long.`);
  }
  return text;
}

function parseBudget(input: BudgetInput | null | undefined, currency: string): Budget | null {
  return input ? Budget.parse(input, currency) : null;
}

function advertiserIdOf(value: string | null | undefined): string {
  if (value === null || value === undefined) {
    throw invalidCampaignField(
      'advertiserId',
      'Every campaign belongs to an advertiser: advertiserId cannot be removed, only changed.',
    );
  }
  const id = typeof value === 'string' ? value.trim() : '';
  if (id.length < 1 || id.length > 36) {
    throw invalidCampaignField('advertiserId', 'advertiserId must be an advertiser id.');
  }
  return id;
}
