import type { EntityManager } from 'typeorm';
import { LtvModelFitOrmEntity } from '../../infrastructure/ltv-model-fit.orm-entity.js';

/** The model in force: the newest fit (ids are UUIDv7, so time-ordered). */
export async function latestFit(manager: EntityManager): Promise<LtvModelFitOrmEntity | null> {
  const [fit] = await manager.find(LtvModelFitOrmEntity, { order: { id: 'DESC' }, take: 1 });
  return fit ?? null;
}
