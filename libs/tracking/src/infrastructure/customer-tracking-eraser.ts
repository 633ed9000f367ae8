import { Injectable } from '@nestjs/common';
import type { Transaction } from '@app/platform';
import { eraseClickVisitors } from './click-visitor-eraser.js';
import { ConversionOrmEntity } from './conversion.orm-entity.js';

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
    const clicks = new Map(converted.map((row) => [row.clickId, row.clickedAt]));
    const affected = await eraseClickVisitors(tx.manager, clicks);
    const result = await conversions.update({ customerId }, { customerId: null });
    return affected + (result.affected ?? 0);
  }
}
