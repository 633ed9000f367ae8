import { EventsHandler, type IEventHandler, QueryBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { GetAffiliatePostbackUrlQuery } from '@app/campaigns';
import { DataSource } from 'typeorm';
import { notifiesAffiliate } from '../../domain/affiliate-postback.js';
import { ConversionRecordedEvent } from '../../domain/events/conversion-recorded.event.js';
import { ConversionStatusChangedEvent } from '../../domain/events/conversion-status-changed.event.js';
import { AffiliatePostbackQueue } from '../../infrastructure/affiliate-postbacks/affiliate-postback-queue.js';
import { ConversionOrmEntity } from '../../infrastructure/conversion.orm-entity.js';

/**
 * Owes the affiliate behind a conversion a call to its postback URL when the conversion is
 * recorded or changes status (domain/affiliate-postback.ts says which news counts). Affiliates
 * without a URL are owed nothing. The call itself is made by the delivery job, with retries.
 */
@EventsHandler(ConversionRecordedEvent, ConversionStatusChangedEvent)
export class QueueAffiliatePostbackHandler implements IEventHandler<
  ConversionRecordedEvent | ConversionStatusChangedEvent
> {
  constructor(
    private readonly queue: AffiliatePostbackQueue,
    private readonly queries: QueryBus,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async handle(event: ConversionRecordedEvent | ConversionStatusChangedEvent): Promise<void> {
    const news =
      event instanceof ConversionRecordedEvent
        ? { kind: 'recorded' as const, status: event.payload.status }
        : { kind: 'status-changed' as const, status: event.payload.to };
    if (!notifiesAffiliate(news.kind, news.status)) return;
    const affiliateId = await this.affiliateOf(event);
    if (!affiliateId) return;
    if (!(await this.queries.execute(new GetAffiliatePostbackUrlQuery(affiliateId)))) return;
    await this.queue.add({
      eventId: event.eventId,
      conversionId: event.payload.conversionId,
      campaignId: event.payload.campaignId,
      affiliateId,
      status: news.status,
    });
  }

  /** A status change does not carry the affiliate: it is the stored conversion's. */
  private async affiliateOf(
    event: ConversionRecordedEvent | ConversionStatusChangedEvent,
  ): Promise<string | null> {
    if (event instanceof ConversionRecordedEvent) return event.payload.affiliateId;
    const conversion = await this.dataSource.getRepository(ConversionOrmEntity).findOne({
      where: { id: event.payload.conversionId },
      select: { id: true, affiliateId: true },
    });
    return conversion?.affiliateId ?? null;
  }
}
