import { Injectable } from '@nestjs/common';
import type { Transaction, UnitOfWork } from '@app/platform';
import { In } from 'typeorm';
import { ClickOrmEntity } from './click.orm-entity.js';
import { eraseClickVisitors } from './click-visitor-eraser.js';
import { ConversionOrmEntity } from './conversion.orm-entity.js';
import { eraseSub1Values } from './erased-dimension-values.js';

/** Whose tracking data goes: the advertiser's customer id and, when known, the email. */
export interface TrackedCustomer {
  customerId: string;
  email: string | null;
}

/**
 * Tracking's part of an erasure, inside `tx`: the customer's conversions forget the customer
 * id; the clicks those conversions came from, and the clicks whose external id is the
 * customer id (the customer's journey reads them so), lose the visitor's address, user agent,
 * referrer, the affiliate's ids for the visit and the filled destination; sub1 counters keyed
 * by the customer id or email move to "(erased)". Money, status and counts stay, so stats and
 * payouts stay true. Returns the rows changed.
 */
@Injectable()
export class CustomerTrackingEraser {
  async erase(
    tx: Transaction,
    dialect: UnitOfWork['dialect'],
    { customerId, email }: TrackedCustomer,
  ): Promise<number> {
    const conversions = tx.manager.getRepository(ConversionOrmEntity);
    const converted = await conversions.find({
      select: { id: true, clickId: true, clickedAt: true },
      where: { customerId },
    });
    const identified = await tx.manager.getRepository(ClickOrmEntity).find({
      select: { id: true, clickedAt: true },
      where: { externalId: In([customerId, ...(email ? [email] : [])]) },
    });
    const clicks = new Map([
      ...converted.map((row) => [row.clickId, row.clickedAt] as const),
      ...identified.map((row) => [row.id, row.clickedAt] as const),
    ]);
    let affected = await eraseClickVisitors(tx.manager, clicks);
    if (converted.length > 0) {
      affected += (await conversions.update({ customerId }, { customerId: null })).affected ?? 0;
    }
    affected += await eraseSub1Values(tx.manager, dialect, [customerId, email ?? '']);
    return affected;
  }
}
