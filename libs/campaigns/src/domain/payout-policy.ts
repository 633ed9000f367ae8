import { invalidCampaignField } from './campaigns.errors.js';
import type { PayoutModel } from './payout-model.js';

/**
 * Where a conversion's payout comes from. `fixed`: the campaign's terms, whatever the postback
 * says; `from_postback`: the postback's amount, capped at the campaign's maximum; and
 * `revenue_share`: the REVSHARE model's share of the reported revenue. revenue_share is not a
 * second word for REVSHARE but the same rule seen from the postback: a REVSHARE payout always
 * has it, and no other model may.
 */
export const PAYOUT_POLICIES = ['fixed', 'from_postback', 'revenue_share'] as const;
export type PayoutPolicy = (typeof PAYOUT_POLICIES)[number];

/** What a payout without an explicit policy follows: its model's natural rule. */
export function defaultPolicy(model: PayoutModel): PayoutPolicy {
  return model === 'REVSHARE' ? 'revenue_share' : 'fixed';
}

/** Checks that `policy` can apply to `model`; absent means the model's default. */
export function policyFor(
  model: PayoutModel,
  policy: PayoutPolicy | undefined | null,
  field: string,
): PayoutPolicy {
  if (policy === undefined || policy === null) return defaultPolicy(model);
  if (!(PAYOUT_POLICIES as readonly string[]).includes(policy)) {
    throw invalidCampaignField(field, `policy must be one of ${PAYOUT_POLICIES.join(', ')}.`);
  }
  if ((model === 'REVSHARE') !== (policy === 'revenue_share')) {
    throw invalidCampaignField(
      field,
      'REVSHARE pays a share of the revenue: its policy is revenue_share, and only its.',
    );
  }
  if (model === 'CPC' && policy !== 'fixed') {
    throw invalidCampaignField(field, 'CPC pays per click, never from a postback: use fixed.');
  }
  return policy;
}
