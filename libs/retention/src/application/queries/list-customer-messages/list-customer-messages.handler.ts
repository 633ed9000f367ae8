import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { inCustomerWindow } from '@app/platform';
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

  async execute(query: ListCustomerMessagesQuery): Promise<RetentionMessageRecord[]> {
    const rows = await inCustomerWindow(
      this.dataSource.getRepository(RetentionMessageOrmEntity).createQueryBuilder('message'),
      { customer: 'message.customerId', time: 'message.createdAt', id: 'message.id' },
      query,
    ).getMany();
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
