import { Injectable } from '@nestjs/common';
import { newId } from '@app/kernel';
import { isUniqueViolation, type Transaction, UnitOfWork } from '@app/platform';
import { type ConversionStatus, countsInStats } from '../domain/conversion-status.js';
import { ConversionRecordedEvent } from '../domain/events/conversion-recorded.event.js';
import { ConversionStatusChangedEvent } from '../domain/events/conversion-status-changed.event.js';
import type { TrafficDimensions } from '../domain/traffic-dimensions.js';
import { ConversionOrmEntity } from './conversion.orm-entity.js';
import type { ConversionStatusReason } from '../domain/conversion-verdict.js';
import {
  type ConvertedClick,
  convertedClickMove,
  lockConversionsOfClick,
} from './converted-click-move.js';
import { addToHourlyRollups, type RollupDelta } from './hourly-rollup.js';

/** A conversion as decided from a postback, before it meets what is already stored. */
export type NewConversion = Omit<ConversionOrmEntity, 'id' | 'updatedAt'>;

export interface StoredConversion {
  result: 'recorded' | 'updated' | 'duplicate';
  conversion: ConversionOrmEntity;
  /** What the conversion's hour's counters moved by (payouts feed the spend cache). */
  delta: RollupDelta | null;
}

/**
 * Stores a postback's conversion: new, a status change of a known one, or a repeat that changes
 * nothing. The row, the hourly counters and the event commit together; the unique index on
 * (click_id, transaction_id) settles two identical postbacks racing each other.
 */
@Injectable()
export class ConversionStore {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** `click` is the converted click: the conversion counts under its country etc. */
  async store(
    conversion: NewConversion,
    click: ConvertedClick,
    now: Date,
  ): Promise<StoredConversion> {
    try {
      return await this.unitOfWork.run((tx) => this.apply(tx, conversion, click, now));
    } catch (error) {
      // The same postback committed in between: it is now a known conversion.
      if (isUniqueViolation(error))
        return this.unitOfWork.run((tx) => this.apply(tx, conversion, click, now));
      throw error;
    }
  }

  private async apply(
    tx: Transaction,
    conversion: NewConversion,
    click: ConvertedClick,
    now: Date,
  ): Promise<StoredConversion> {
    await lockConversionsOfClick(tx, conversion.clickId);
    const repository = tx.manager.getRepository(ConversionOrmEntity);
    const existing = await repository.findOneBy({
      clickId: conversion.clickId,
      transactionId: conversion.transactionId,
    });
    if (existing && existing.status === conversion.status) {
      return { result: 'duplicate', conversion: existing, delta: null };
    }
    if (existing) {
      const updated = {
        ...existing,
        status: conversion.status,
        statusReason: conversion.statusReason,
        updatedAt: now,
      };
      await repository.update(
        { id: existing.id },
        { status: updated.status, statusReason: updated.statusReason, updatedAt: now },
      );
      const delta = countersMove(
        existing,
        existing.status,
        conversion.status,
        { from: existing.statusReason, to: conversion.statusReason },
        click.dimensions,
        now,
      );
      const converted = await convertedClickMove(
        tx,
        existing,
        existing.status,
        conversion.status,
        click,
      );
      await addToHourlyRollups(tx.manager, this.unitOfWork.dialect, inHourOrder(converted, delta));
      await tx.recordEvents([
        new ConversionStatusChangedEvent(
          {
            conversionId: existing.id,
            campaignId: existing.campaignId,
            from: existing.status,
            to: conversion.status,
          },
          { occurredAt: now },
        ),
      ]);
      return { result: 'updated', conversion: updated, delta };
    }
    const created: ConversionOrmEntity = { ...conversion, id: newId(), updatedAt: now };
    await repository.insert(created);
    const delta = countersMove(
      created,
      null,
      created.status,
      { from: null, to: created.statusReason },
      click.dimensions,
      now,
    );
    const converted = await convertedClickMove(tx, created, null, created.status, click);
    await addToHourlyRollups(tx.manager, this.unitOfWork.dialect, inHourOrder(converted, delta));
    await tx.recordEvents([
      new ConversionRecordedEvent(recordedPayload(created), { occurredAt: now }),
    ]);
    return { result: 'recorded', conversion: created, delta };
  }
}

const FRAUDULENT_CLICK: ConversionStatusReason = 'fraudulent_click';

/**
 * The click's hour first: the click batch takes counter rows in key order (hour first), and
 * two writers that lock rows in one order cannot deadlock.
 */
function inHourOrder(converted: RollupDelta | null, delta: RollupDelta): RollupDelta[] {
  if (!converted) return [delta];
  return converted.hour <= delta.hour ? [converted, delta] : [delta, converted];
}

/** How the counters change when a conversion moves from one status to another (or appears). */
function countersMove(
  conversion: ConversionOrmEntity,
  from: ConversionStatus | null,
  to: ConversionStatus,
  statusReason: { from: string | null; to: string | null },
  dimensions: TrafficDimensions,
  now: Date,
): RollupDelta {
  const sign = (from && countsInStats(from) ? -1 : 0) + (countsInStats(to) ? 1 : 0);
  const fraudulent = (reason: string | null) => (reason === FRAUDULENT_CLICK ? 1 : 0);
  return {
    // Counted in the hour it was reported, like every later correction of it.
    hour: now,
    campaignId: conversion.campaignId,
    affiliateId: conversion.affiliateId,
    conversions: sign,
    fraudulentConversions: fraudulent(statusReason.to) - fraudulent(statusReason.from),
    revenueMinor: sign * (conversion.revenueMinor ?? 0),
    payoutMinor: sign * conversion.payoutMinor,
    dimensions,
  };
}

function recordedPayload(conversion: ConversionOrmEntity) {
  return {
    conversionId: conversion.id,
    clickId: conversion.clickId,
    campaignId: conversion.campaignId,
    affiliateId: conversion.affiliateId,
    transactionId: conversion.transactionId === '' ? null : conversion.transactionId,
    status: conversion.status,
    revenueMinor: conversion.revenueMinor,
    payoutMinor: conversion.payoutMinor,
    currency: conversion.currency,
    customerId: conversion.customerId,
    convertedAt: conversion.convertedAt.toISOString(),
  };
}
