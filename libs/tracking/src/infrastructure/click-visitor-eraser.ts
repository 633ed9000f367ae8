import type { EntityManager } from 'typeorm';
import { ClickOrmEntity } from './click.orm-entity.js';

/** What an erased visitor's click keeps: counts, campaign, coarse country and device. */
const ERASED_VISITOR: Partial<ClickOrmEntity> = {
  ip: null,
  userAgent: null,
  referrer: null,
  externalId: null,
  sub1: null,
  sub2: null,
  sub3: null,
  sub4: null,
  sub5: null,
};

/**
 * Strips the visitor's address, user agent, referrer and the affiliate's ids for the visit
 * from each click (id and time), the counted attributes staying. Returns the clicks changed.
 */
export async function eraseClickVisitors(
  manager: EntityManager,
  clicks: ReadonlyMap<string, Date>,
): Promise<number> {
  let affected = 0;
  for (const [id, clickedAt] of clicks) {
    // The whole key, so each update is one primary key lookup.
    const result = await manager
      .getRepository(ClickOrmEntity)
      .update({ clickedAt, id }, ERASED_VISITOR);
    affected += result.affected ?? 0;
  }
  return affected;
}
