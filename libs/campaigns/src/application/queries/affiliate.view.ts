import type { AffiliateStatus } from '../../domain/affiliate.js';
import type { AffiliateOrmEntity } from '../../infrastructure/affiliate.orm-entity.js';

export interface AffiliateView {
  id: string;
  name: string;
  email: string;
  status: AffiliateStatus;
  postbackUrl: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toAffiliateView(row: AffiliateOrmEntity): AffiliateView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    status: row.status,
    postbackUrl: row.postbackUrl,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
