import { Affiliate } from '../domain/affiliate.js';
import { AffiliateOrmEntity } from './affiliate.orm-entity.js';

export function affiliateFromRow(row: AffiliateOrmEntity): Affiliate {
  return Affiliate.restore({ ...row });
}

export function affiliateToRow(affiliate: Affiliate): AffiliateOrmEntity {
  return Object.assign(new AffiliateOrmEntity(), affiliate.snapshot);
}
