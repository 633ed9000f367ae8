import { Money } from '@app/kernel';
import type { LeadRecord } from '@app/leads';
import type { TransactionRecord } from '@app/ltv';
import type { RetentionEventRecord, RetentionMessageRecord } from '@app/retention';
import type { ConversionRecord, CustomerClickRecord } from '@app/tracking';
import type { JourneyItem } from '../../../domain/customer-journey.js';

/** Each context's records as steps of a journey: the linking ids, then a few telling fields. */

const NO_LINKS = {
  clickId: null,
  campaignId: null,
  affiliateId: null,
  leadId: null,
  conversionId: null,
  retentionCampaignId: null,
};

const major = (minor: number, currency: string) => Money.ofMinor(minor, currency).toDecimal();
const iso = (at: Date | null) => at?.toISOString() ?? null;

export const clickItem = (click: CustomerClickRecord): JourneyItem => ({
  ...NO_LINKS,
  type: 'click',
  at: click.clickedAt,
  id: click.clickId,
  clickId: click.clickId,
  campaignId: click.campaignId,
  affiliateId: click.affiliateId,
  details: {
    reachedOffer: click.reachedOffer,
    bot: click.isBot,
    unique: click.isUnique,
    reasons: click.reasons.join(',') || null,
    country: click.country,
    deviceType: click.deviceType,
    externalId: click.externalId,
  },
});

export const leadItem = (lead: LeadRecord): JourneyItem => ({
  ...NO_LINKS,
  type: 'lead',
  at: lead.createdAt,
  id: lead.leadId,
  clickId: lead.clickId,
  campaignId: lead.campaignId,
  affiliateId: lead.affiliateId,
  leadId: lead.leadId,
  details: {
    formId: lead.formId,
    score: lead.score,
    grade: lead.grade,
    status: lead.status,
    utmSource: lead.utmSource,
  },
});

export const conversionItem = (conversion: ConversionRecord): JourneyItem => ({
  ...NO_LINKS,
  type: 'conversion',
  at: conversion.convertedAt,
  id: conversion.conversionId,
  clickId: conversion.clickId,
  campaignId: conversion.campaignId,
  affiliateId: conversion.affiliateId,
  conversionId: conversion.conversionId,
  details: {
    status: conversion.status,
    transactionId: conversion.transactionId,
    revenue:
      conversion.revenueMinor === null ? null : major(conversion.revenueMinor, conversion.currency),
    payout: major(conversion.payoutMinor, conversion.currency),
    currency: conversion.currency,
  },
});

/** A purchase recorded from a conversion is named `conversion:<conversion id>` by LTV. */
const CONVERSION_PREFIX = 'conversion:';

export const transactionItem = (transaction: TransactionRecord): JourneyItem => ({
  ...NO_LINKS,
  type: 'transaction',
  at: transaction.occurredAt,
  id: transaction.transactionId,
  campaignId: transaction.campaignId,
  affiliateId: transaction.affiliateId,
  conversionId:
    transaction.source === 'conversion' && transaction.transactionId.startsWith(CONVERSION_PREFIX)
      ? transaction.transactionId.slice(CONVERSION_PREFIX.length)
      : null,
  details: {
    amount: major(transaction.amountMinor, transaction.currency),
    currency: transaction.currency,
    source: transaction.source,
    status: transaction.status,
  },
});

export const messageItem = (message: RetentionMessageRecord): JourneyItem => ({
  ...NO_LINKS,
  type: 'retention_message',
  at: message.createdAt,
  id: message.messageId,
  retentionCampaignId: message.campaignId,
  details: {
    channel: message.channel,
    status: message.status,
    sentAt: iso(message.sentAt),
    deliveredAt: iso(message.deliveredAt),
    openedAt: iso(message.openedAt),
    clickedAt: iso(message.clickedAt),
    convertedAt: iso(message.convertedAt),
  },
});

export const eventItem = (event: RetentionEventRecord): JourneyItem => ({
  ...NO_LINKS,
  type: 'retention_event',
  at: event.occurredAt,
  id: event.eventId,
  retentionCampaignId: event.campaignId,
  details: { eventType: event.type, durationSeconds: event.durationSeconds },
});
