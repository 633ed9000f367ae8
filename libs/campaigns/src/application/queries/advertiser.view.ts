import type { AdvertiserOrmEntity } from '../../infrastructure/advertiser.orm-entity.js';

export interface AdvertiserView {
  id: string;
  name: string;
  createdAt: string;
}

export function toAdvertiserView(row: AdvertiserOrmEntity): AdvertiserView {
  return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString() };
}
