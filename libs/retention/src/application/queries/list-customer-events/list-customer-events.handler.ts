import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { inCustomerWindow } from '@app/platform';
import { DataSource } from 'typeorm';
import { RetentionEventOrmEntity } from '../../../infrastructure/retention-event.orm-entity.js';
import {
  ListCustomerEventsQuery,
  type RetentionEventRecord,
} from './list-customer-events.query.js';

/** Reads through the (customer_id, occurred_day) index. */
@QueryHandler(ListCustomerEventsQuery)
export class ListCustomerEventsHandler implements IQueryHandler<ListCustomerEventsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(query: ListCustomerEventsQuery): Promise<RetentionEventRecord[]> {
    const rows = await inCustomerWindow(
      this.dataSource
        .getRepository(RetentionEventOrmEntity)
        .createQueryBuilder('event')
        .where('event.source = :source', { source: 'api' }),
      { customer: 'event.customerId', time: 'event.occurredAt', id: 'event.eventId' },
      query,
    ).getMany();
    return rows.map((row) => ({
      eventId: row.eventId,
      customerId: row.customerId,
      type: row.type,
      occurredAt: row.occurredAt,
      durationSeconds: row.durationSeconds,
      campaignId: row.campaignId,
    }));
  }
}
