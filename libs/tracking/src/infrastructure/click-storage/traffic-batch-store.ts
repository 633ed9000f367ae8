import { hash } from 'node:crypto';
import { clickPayout } from '../../domain/conversion-payout.js';
import type { RollupDelta } from '../hourly-rollup.js';
import type { ClickRecord, StoredTraffic, TrafficRecord } from './traffic-record.js';

/** A click is a duplicate when the same visitor clicked the same link within this window. */
export const DUPLICATE_WINDOW_MS = 24 * 3_600_000;

export interface StoredBatch {
  /** The outcome of each record, in order. */
  outcomes: StoredTraffic[];
  /** What the batch added to the hourly counters (the spend cache needs the payouts). */
  deltas: RollupDelta[];
}

/**
 * Stores a batch of clicks and impressions atomically: the clicks, which of them are a
 * visitor's first in 24 hours, and the hourly counters. One commit for the whole batch is what
 * makes durable clicks fast (group commit). One implementation per database, because the
 * fastest way to do it differs (one statement on PostgreSQL, one in-process transaction on SQLite).
 */
export abstract class TrafficBatchStore {
  abstract store(records: readonly TrafficRecord[]): Promise<StoredBatch>;
}

/**
 * Only clicks sent to the offer can be unique, and of several clicks of one visitor in one
 * batch only the first: the map holds, per fingerprint, the click that may claim it.
 */
export function uniquenessCandidates(clicks: readonly ClickRecord[]): Map<string, ClickRecord> {
  const candidates = new Map<string, ClickRecord>();
  for (const click of clicks) {
    if (click.destinationKind !== 'offer') continue;
    const fingerprint = fingerprintOf(click);
    if (!candidates.has(fingerprint)) candidates.set(fingerprint, click);
  }
  return candidates;
}

/**
 * A hash, so that the table of recent visitors holds no IP address. The visitor is its network,
 * so one host cannot look new from each address of its IPv6 /64. The one-shot `hash` is
 * about three times cheaper than a Hash object, and this runs for every click.
 */
export function fingerprintOf(click: ClickRecord): string {
  return hash(
    'sha256',
    `${click.visitorNetwork}\n${click.campaignId}\n${click.affiliateId ?? ''}`,
    'hex',
  ).slice(0, 32);
}

/** What a click pays when it turns out unique (CPC campaigns pay per unique clean click). */
export function payoutIfUnique(click: ClickRecord): number {
  return clickPayout(click.payout, {
    unique: true,
    isBot: click.isBot,
    isBlocked: click.isBlocked,
    destination: click.destinationKind,
  });
}

export function toDelta(record: TrafficRecord, unique: boolean): RollupDelta {
  if (record.kind === 'impression') {
    return {
      hour: record.at,
      campaignId: record.campaignId,
      affiliateId: record.affiliateId,
      impressions: 1,
      dimensions: record.dimensions,
    };
  }
  return {
    hour: record.clickedAt,
    campaignId: record.campaignId,
    affiliateId: record.countedAffiliateId,
    clicks: 1,
    offerClicks: record.destinationKind === 'offer' ? 1 : 0,
    uniqueClicks: unique ? 1 : 0,
    botClicks: record.isBot ? 1 : 0,
    blockedClicks: record.isBlocked ? 1 : 0,
    payoutMinor: unique ? payoutIfUnique(record) : 0,
    dimensions: { country: record.country, device: record.deviceType, sub1: record.sub1 },
  };
}

export function storedBatch(
  records: readonly TrafficRecord[],
  unique: ReadonlySet<string>,
): StoredBatch {
  const isUnique = (record: TrafficRecord) => record.kind === 'click' && unique.has(record.id);
  return {
    outcomes: records.map((record) => ({ unique: isUnique(record) })),
    deltas: records.map((record) => toDelta(record, isUnique(record))),
  };
}
