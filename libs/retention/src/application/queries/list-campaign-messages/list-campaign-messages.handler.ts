import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { campaignNotFound } from '../../../domain/retention.errors.js';
import { RetentionCampaignOrmEntity } from '../../../infrastructure/retention-campaign.orm-entity.js';
import { RetentionMessageOrmEntity } from '../../../infrastructure/retention-message.orm-entity.js';
import {
  type CampaignMessageView,
  ListCampaignMessagesQuery,
} from './list-campaign-messages.query.js';

@QueryHandler(ListCampaignMessagesQuery)
export class ListCampaignMessagesHandler implements IQueryHandler<ListCampaignMessagesQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ campaignId, limit, after, status }: ListCampaignMessagesQuery) {
    if (!(await this.dataSource.manager.existsBy(RetentionCampaignOrmEntity, { id: campaignId }))) {
      throw campaignNotFound(campaignId);
    }
    // Message ids are UUIDv7: ordered by creation, so the id alone is the cursor.
    const query = this.dataSource.manager
      .createQueryBuilder(RetentionMessageOrmEntity, 'm')
      .where('m.campaign_id = :campaignId', { campaignId })
      .orderBy('m.id', 'ASC')
      .take(limit);
    if (after) query.andWhere('m.id > :after', { after });
    if (status) query.andWhere('m.status = :status', { status });
    const rows = await query.getMany();
    const data: CampaignMessageView[] = rows.map((m) => ({
      messageId: m.id,
      customerId: m.customerId,
      channel: m.channel,
      status: m.status,
      attempts: m.attempts,
      lastError: m.lastError,
      payload: m.payload,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
    }));
    return { data, nextAfter: rows.length === limit ? rows[rows.length - 1].id : null };
  }
}
