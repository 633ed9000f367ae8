import { Injectable } from '@nestjs/common';
import { Clock, newId } from '@app/kernel';
import { UnitOfWork } from '@app/platform';
import type { ConversionStatus } from '../../domain/conversion-status.js';
import { AffiliatePostbackOrmEntity } from './affiliate-postback.orm-entity.js';

const CONSUMER = 'tracking.queue-affiliate-postback';

export interface ConversionNews {
  eventId: string;
  conversionId: string;
  campaignId: string;
  affiliateId: string;
  status: ConversionStatus;
}

/** Writes the call an affiliate is owed, once per event however often the event arrives. */
@Injectable()
export class AffiliatePostbackQueue {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  add(news: ConversionNews): Promise<void> {
    return this.unitOfWork.run(async (tx) => {
      if (!(await tx.firstDelivery(CONSUMER, news.eventId))) return;
      const now = this.clock.now();
      await tx.manager.insert(AffiliatePostbackOrmEntity, {
        id: newId(),
        eventId: news.eventId,
        conversionId: news.conversionId,
        campaignId: news.campaignId,
        affiliateId: news.affiliateId,
        conversionStatus: news.status,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        leaseUntil: null,
        responseStatus: null,
        lastError: null,
        createdAt: now,
        sentAt: null,
      });
    });
  }
}
