import { Money } from '@app/kernel';
import type { CampaignStatus } from '../../domain/campaign-status.js';
import type { FraudulentClickConversions } from '../../domain/fraudulent-click-conversions.js';
import type { PayoutModel } from '../../domain/payout-model.js';
import type { PayoutPolicy } from '../../domain/payout-policy.js';
import type { DeviceType } from '../../domain/targeting.js';
import type { CampaignOrmEntity } from '../../infrastructure/campaign.orm-entity.js';

/** A campaign as the API shows it: money in major units, times in ISO 8601 UTC. */
export interface CampaignView {
  id: string;
  name: string;
  advertiserName: string;
  advertiserId: string;
  offerUrl: string;
  safePageUrl: string | null;
  payout: {
    model: PayoutModel;
    amount: number;
    currency: string;
    policy: PayoutPolicy;
    maxAmount: number | null;
  };
  budget: { total: number | null; daily: number | null; currency: string } | null;
  schedule: { startsAt: string | null; endsAt: string | null };
  targeting: { countries: string[]; devices: DeviceType[] };
  fraudulentClickConversions: FraudulentClickConversions;
  status: CampaignStatus;
  createdAt: string;
  updatedAt: string;
}

export function toCampaignView(row: CampaignOrmEntity): CampaignView {
  const currency = row.payoutCurrency;
  const major = (minor: number | null) =>
    minor === null ? null : Money.ofMinor(minor, currency).toDecimal();
  return {
    id: row.id,
    name: row.name,
    advertiserName: row.advertiserName,
    advertiserId: row.advertiserId,
    offerUrl: row.offerUrl,
    safePageUrl: row.safePageUrl,
    payout: {
      model: row.payoutModel,
      amount: row.payoutModel === 'REVSHARE' ? row.payoutAmount / 100 : major(row.payoutAmount)!,
      currency,
      policy: row.payoutPolicy,
      maxAmount: major(row.payoutMax),
    },
    budget:
      row.budgetTotal === null && row.budgetDaily === null
        ? null
        : { total: major(row.budgetTotal), daily: major(row.budgetDaily), currency },
    schedule: {
      startsAt: row.startsAt?.toISOString() ?? null,
      endsAt: row.endsAt?.toISOString() ?? null,
    },
    targeting: { countries: row.targetCountries, devices: row.targetDevices },
    fraudulentClickConversions: row.fraudulentClickConversions,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
