import { Money } from '@app/kernel';
import { emailAddress } from '../domain/email-address.js';
import { Lead } from '../domain/lead.js';
import { LeadOrmEntity } from './lead.orm-entity.js';
import { trackingColumns } from './tracking-columns.js';

export function leadFromRow(row: LeadOrmEntity): Lead {
  const { tracking } = row;
  return Lead.restore({
    id: row.id,
    formId: row.formId,
    profile: {
      email: row.email ? emailAddress(row.email) : null,
      firstName: row.firstName,
      lastName: row.lastName,
      phone: row.phone,
      company: row.company,
      jobTitle: row.jobTitle,
      message: row.message,
      fields: row.fields,
    },
    utm: {
      utmSource: tracking.utmSource,
      utmMedium: tracking.utmMedium,
      utmCampaign: tracking.utmCampaign,
    },
    attribution: {
      status: tracking.attribution,
      clickId: tracking.clickId,
      campaignId: tracking.campaignId,
      affiliateId: tracking.affiliateId,
    },
    submissionCount: row.submissionCount,
    score: { score: row.score, grade: row.grade, factors: row.scoreFactors },
    status: row.status,
    dealValue:
      row.dealValueMinor !== null && row.dealCurrency
        ? Money.ofMinor(row.dealValueMinor, row.dealCurrency)
        : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    erasedAt: row.erasedAt,
    version: row.version,
  });
}

export function leadToRow(lead: Lead): LeadOrmEntity {
  const { profile, utm, attribution, score, dealValue, ...rest } = lead.snapshot;
  return Object.assign(new LeadOrmEntity(), {
    id: rest.id,
    formId: rest.formId,
    email: profile.email?.address ?? null,
    emailNormalized: profile.email?.normalized ?? null,
    firstName: profile.firstName,
    lastName: profile.lastName,
    phone: profile.phone,
    company: profile.company,
    jobTitle: profile.jobTitle,
    message: profile.message,
    fields: profile.fields,
    tracking: trackingColumns(utm, attribution),
    submissionCount: rest.submissionCount,
    score: score.score,
    grade: score.grade,
    scoreFactors: score.factors,
    status: rest.status,
    dealValueMinor: dealValue?.minor ?? null,
    dealCurrency: dealValue?.currency ?? null,
    createdAt: rest.createdAt,
    updatedAt: rest.updatedAt,
    erasedAt: rest.erasedAt,
    version: rest.version + 1,
  });
}
