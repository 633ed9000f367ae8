import { type Transaction } from '@app/platform';
import { In, Not } from 'typeorm';
import {
  CONVERSION_STATUSES,
  type ConversionStatus,
  countsInStats,
} from '../domain/conversion-status.js';
import type { TrafficDimensions } from '../domain/traffic-dimensions.js';
import { ConversionOrmEntity } from './conversion.orm-entity.js';
import type { RollupDelta } from './rollup-delta.js';

const COUNTED_STATUSES = CONVERSION_STATUSES.filter(countsInStats);

/** The converted click as the counter needs it. */
export interface ConvertedClick {
  /** A visitor's first click in 24 hours that reached the offer: only such a click counts. */
  isUnique: boolean;
  dimensions: TrafficDimensions;
}

/**
 * On PostgreSQL, makes the conversions of one click wait for each other (until commit): two
 * conversions of one click approved at once would otherwise each see no other approved one
 * and both count the click. SQLite runs one transaction at a time already. The two-key form of
 * the lock has its own key space, apart from the scheduled jobs' one-key locks.
 */
export async function lockConversionsOfClick(tx: Transaction, clickId: string): Promise<void> {
  if (tx.manager.connection.options.type !== 'postgres') return;
  await tx.manager.query(
    `SELECT pg_advisory_xact_lock(hashtext('tracking.conversions-of-click'), hashtext($1))`,
    [clickId],
  );
}

/**
 * How a conversion moving from `from` (null: new) to `to` changes the count of converting
 * unique clicks: +1 when it is the click's first approved conversion, -1 when it was its last,
 * counted in the click's hour (so no slice of the rollups has more converting clicks than
 * unique ones). Null when the count does not move. Runs under lockConversionsOfClick.
 */
export async function convertedClickMove(
  tx: Transaction,
  conversion: ConversionOrmEntity,
  from: ConversionStatus | null,
  to: ConversionStatus,
  click: ConvertedClick,
): Promise<RollupDelta | null> {
  const before = from !== null && countsInStats(from);
  const after = countsInStats(to);
  if (!click.isUnique || before === after) return null;
  const others = await tx.manager.getRepository(ConversionOrmEntity).count({
    where: {
      clickId: conversion.clickId,
      status: In(COUNTED_STATUSES),
      id: Not(conversion.id),
    },
  });
  if (others > 0) return null;
  return {
    hour: conversion.clickedAt,
    campaignId: conversion.campaignId,
    affiliateId: conversion.affiliateId,
    convertedClicks: after ? 1 : -1,
    dimensions: click.dimensions,
  };
}
