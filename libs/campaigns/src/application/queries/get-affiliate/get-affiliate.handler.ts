import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { affiliateNotFound } from '../../../domain/campaigns.errors.js';
import { AffiliateOrmEntity } from '../../../infrastructure/affiliate.orm-entity.js';
import { type AffiliateView, toAffiliateView } from '../affiliate.view.js';
import { mayReadPartner } from '../partner-scope.js';
import { GetAffiliateQuery } from './get-affiliate.query.js';

@QueryHandler(GetAffiliateQuery)
export class GetAffiliateHandler implements IQueryHandler<GetAffiliateQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ affiliateId, caller }: GetAffiliateQuery): Promise<AffiliateView> {
    const row = mayReadPartner(caller, 'affiliate', affiliateId)
      ? await this.dataSource.getRepository(AffiliateOrmEntity).findOneBy({ id: affiliateId })
      : null;
    if (!row) throw affiliateNotFound(affiliateId);
    return toAffiliateView(row);
  }
}
