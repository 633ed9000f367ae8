import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AffiliateOrmEntity } from '../../../infrastructure/affiliate.orm-entity.js';
import { GetAffiliatePostbackUrlQuery } from './get-affiliate-postback-url.query.js';

@QueryHandler(GetAffiliatePostbackUrlQuery)
export class GetAffiliatePostbackUrlHandler implements IQueryHandler<GetAffiliatePostbackUrlQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ affiliateId }: GetAffiliatePostbackUrlQuery): Promise<string | null> {
    const row = await this.dataSource
      .getRepository(AffiliateOrmEntity)
      .findOne({ where: { id: affiliateId }, select: { id: true, postbackUrl: true } });
    return row?.postbackUrl ?? null;
  }
}
