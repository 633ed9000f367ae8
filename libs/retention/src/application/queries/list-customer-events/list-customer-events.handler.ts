import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
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

  async execute({
    customerId,
    from,
    to,
    limit,
  }: ListCustomerEventsQuery): Promise<RetentionEventRecord[]> {
    const rows = await this.dataSource
      .getRepository(RetentionEventOrmEntity)
      .createQueryBuilder('event')
      .where('event.customerId = :customerId', { customerId })
      .andWhere('event.source = :source', { source: 'api' })
      .andWhere('event.occurredAt >= :from AND event.occurredAt < :to', { from, to })
      .orderBy('event.occurredAt', 'ASC')
      .addOrderBy('event.eventId', 'ASC')
      .limit(limit)
      .getMany();
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
