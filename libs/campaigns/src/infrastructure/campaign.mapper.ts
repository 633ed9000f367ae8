import { Budget } from '../domain/budget.js';
import { Campaign } from '../domain/campaign.js';
import { Payout } from '../domain/payout.js';
import { Schedule } from '../domain/schedule.js';
import { Targeting } from '../domain/targeting.js';
import { CampaignOrmEntity } from './campaign.orm-entity.js';

export function campaignFromRow(row: CampaignOrmEntity): Campaign {
  return Campaign.restore({
    id: row.id,
    name: row.name,
    advertiserName: row.advertiserName,
    advertiserId: row.advertiserId,
    offerUrl: row.offerUrl,
    safePageUrl: row.safePageUrl,
    payout: Payout.restore(
      row.payoutModel,
      row.payoutAmount,
      row.payoutCurrency,
      row.payoutPolicy,
      row.payoutMax,
    ),
    budget: Budget.restore(row.budgetTotal, row.budgetDaily, row.payoutCurrency),
    schedule: Schedule.restore(row.startsAt, row.endsAt),
    targeting: Targeting.restore(row.targetCountries, row.targetDevices),
    fraudulentClickConversions: row.fraudulentClickConversions,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  });
}

export function campaignToRow(campaign: Campaign): CampaignOrmEntity {
  const c = campaign.snapshot;
  return Object.assign(new CampaignOrmEntity(), {
    id: c.id,
    name: c.name,
    advertiserName: c.advertiserName,
    advertiserId: c.advertiserId,
    offerUrl: c.offerUrl,
    safePageUrl: c.safePageUrl,
    payoutModel: c.payout.model,
    payoutAmount: c.payout.amountUnits,
    payoutCurrency: c.payout.currency,
    payoutPolicy: c.payout.policy,
    payoutMax: c.payout.maxUnits,
    fraudulentClickConversions: c.fraudulentClickConversions,
    budgetTotal: c.budget?.total?.minor ?? null,
    budgetDaily: c.budget?.daily?.minor ?? null,
    startsAt: c.schedule.startsAt,
    endsAt: c.schedule.endsAt,
    targetCountries: [...c.targeting.countries],
    targetDevices: [...c.targeting.devices],
    status: c.status,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    version: c.version + 1,
  });
}
