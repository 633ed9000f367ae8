import { DomainError, ValidationError } from '@app/kernel';

/** Every code this context can fail with; clients may branch on them. */
export const CampaignsErrorCode = {
  InvalidCampaign: 'CAMPAIGNS.INVALID_CAMPAIGN',
  InvalidAffiliate: 'CAMPAIGNS.INVALID_AFFILIATE',
  CampaignNotFound: 'CAMPAIGNS.CAMPAIGN_NOT_FOUND',
  AffiliateNotFound: 'CAMPAIGNS.AFFILIATE_NOT_FOUND',
  InvalidTransition: 'CAMPAIGNS.INVALID_TRANSITION',
  ScheduleEnded: 'CAMPAIGNS.SCHEDULE_ENDED',
  CampaignCompleted: 'CAMPAIGNS.CAMPAIGN_COMPLETED',
  AffiliateEmailTaken: 'CAMPAIGNS.AFFILIATE_EMAIL_TAKEN',
  ConcurrentUpdate: 'CAMPAIGNS.CONCURRENT_UPDATE',
  InvalidAdvertiser: 'CAMPAIGNS.INVALID_ADVERTISER',
  AdvertiserNotFound: 'CAMPAIGNS.ADVERTISER_NOT_FOUND',
  AdvertiserNameTaken: 'CAMPAIGNS.ADVERTISER_NAME_TAKEN',
  UnknownAdvertiser: 'CAMPAIGNS.UNKNOWN_ADVERTISER',
} as const;

export const advertiserNotFound = (id: string) =>
  new DomainError(
    CampaignsErrorCode.AdvertiserNotFound,
    'not_found',
    `No advertiser has the id ${id}.`,
  );

export const advertiserNameTaken = (name: string) =>
  new DomainError(
    CampaignsErrorCode.AdvertiserNameTaken,
    'conflict',
    `An advertiser named ${name} already exists.`,
  );

/** A campaign naming an advertiser that does not exist: the field is wrong, not the URL. */
export const unknownAdvertiser = (id: string) =>
  ValidationError.forField(
    CampaignsErrorCode.UnknownAdvertiser,
    'advertiserId',
    `No advertiser has the id ${id}; create it with POST /v1/advertisers first.`,
  );

export const campaignNotFound = (id: string) =>
  new DomainError(
    CampaignsErrorCode.CampaignNotFound,
    'not_found',
    `No campaign has the id ${id}.`,
  );

export const affiliateNotFound = (id: string) =>
  new DomainError(
    CampaignsErrorCode.AffiliateNotFound,
    'not_found',
    `No affiliate has the id ${id}.`,
  );

export const invalidTransition = (from: string, action: string) =>
  new DomainError(
    CampaignsErrorCode.InvalidTransition,
    'conflict',
    `A ${from} campaign cannot be ${pastTense(action)}.`,
  );

export const scheduleEnded = (endsAt: Date) =>
  new DomainError(
    CampaignsErrorCode.ScheduleEnded,
    'conflict',
    `The campaign's schedule ended at ${endsAt.toISOString()}; move schedule.endsAt before activating it.`,
  );

export const campaignCompleted = () =>
  new DomainError(
    CampaignsErrorCode.CampaignCompleted,
    'conflict',
    'A completed campaign can no longer be changed.',
  );

export const affiliateEmailTaken = (email: string) =>
  new DomainError(
    CampaignsErrorCode.AffiliateEmailTaken,
    'conflict',
    `An affiliate with the email ${email} already exists.`,
  );

export const concurrentUpdate = (id: string) =>
  new DomainError(
    CampaignsErrorCode.ConcurrentUpdate,
    'conflict',
    `Campaign ${id} was changed by another request at the same time; read it again and retry.`,
  );

export const invalidCampaignField = (field: string, message: string) =>
  ValidationError.forField(CampaignsErrorCode.InvalidCampaign, field, message);

export const invalidAffiliateField = (field: string, message: string) =>
  ValidationError.forField(CampaignsErrorCode.InvalidAffiliate, field, message);

function pastTense(action: string): string {
  return { activate: 'activated', pause: 'paused', complete: 'completed' }[action] ?? action;
}
