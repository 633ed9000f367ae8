import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RetentionMessageOrmEntity } from '../../../infrastructure/retention-message.orm-entity.js';
import {
  ListCustomerMessagesQuery,
  type RetentionMessageRecord,
} from './list-customer-messages.query.js';

/** Reads through the (customer_id, created_at) index. */
@QueryHandler(ListCustomerMessagesQuery)
export class ListCustomerMessagesHandler implements IQueryHandler<ListCustomerMessagesQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({
    customerId,
    from,
    to,
    limit,
  }: ListCustomerMessagesQuery): Promise<RetentionMessageRecord[]> {
    const rows = await this.dataSource
      .getRepository(RetentionMessageOrmEntity)
      .createQueryBuilder('message')
      .where('message.customerId = :customerId', { customerId })
      .andWhere('message.createdAt >= :from AND message.createdAt < :to', { from, to })
      .orderBy('message.createdAt', 'ASC')
      .addOrderBy('message.id', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map((row) => ({
      messageId: row.id,
      campaignId: row.campaignId,
      customerId: row.customerId,
      channel: row.channel,
      status: row.status,
      createdAt: row.createdAt,
      sentAt: row.sentAt,
      deliveredAt: row.deliveredAt,
      openedAt: row.openedAt,
      clickedAt: row.clickedAt,
      convertedAt: row.convertedAt,
    }));
  }
}
