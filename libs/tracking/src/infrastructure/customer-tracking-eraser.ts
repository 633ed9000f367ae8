import { Injectable } from '@nestjs/common';
import type { Transaction } from '@app/platform';
import { ClickOrmEntity } from './click.orm-entity.js';
import { ConversionOrmEntity } from './conversion.orm-entity.js';

/** What an erased customer's click keeps: counts, campaign, coarse country and device. */
const ERASED_VISITOR: Partial<ClickOrmEntity> = {
  ip: null,
  userAgent: null,
  referrer: null,
  externalId: null,
  sub1: null,
  sub2: null,
  sub3: null,
  sub4: null,
  sub5: null,
};

/**
 * Tracking's part of an erasure, inside `tx`: the customer's conversions forget the customer
 * id, and the clicks those conversions came from lose the visitor's address, user agent,
 * referrer and the affiliate's ids for the visit. Money, status and counts stay, so stats and
 * payouts stay true. Returns the rows changed.
 */
@Injectable()
export class CustomerTrackingEraser {
  async erase(tx: Transaction, customerId: string): Promise<number> {
    const conversions = tx.manager.getRepository(ConversionOrmEntity);
    const converted = await conversions.find({
      select: { id: true, clickId: true, clickedAt: true },
      where: { customerId },
    });
    if (converted.length === 0) return 0;
    let affected = 0;
    const clicks = new Map(converted.map((row) => [row.clickId, row.clickedAt]));
    for (const [id, clickedAt] of clicks) {
      // The whole key, so each update is one primary key lookup.
      const result = await tx.manager
        .getRepository(ClickOrmEntity)
        .update({ clickedAt, id }, ERASED_VISITOR);
      affected += result.affected ?? 0;
    }
    const result = await conversions.update({ customerId }, { customerId: null });
    return affected + (result.affected ?? 0);
  }
}
