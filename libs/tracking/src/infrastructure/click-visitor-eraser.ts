import type { EntityManager } from 'typeorm';
import { erasedDestination } from '../domain/erased-destination.js';
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
 * from each click (id and time), and its destination down to the site, as the macros filled
 * the rest from those ids; the counted attributes stay. Returns the clicks changed.
 */
export async function eraseClickVisitors(
  manager: EntityManager,
  clicks: ReadonlyMap<string, Date>,
): Promise<number> {
  const rows = manager.getRepository(ClickOrmEntity);
  let affected = 0;
  for (const [id, clickedAt] of clicks) {
    // The whole key, so each read and update is one primary key lookup.
    const click = await rows.findOne({ select: { destination: true }, where: { clickedAt, id } });
    if (!click) continue;
    const result = await rows.update(
      { clickedAt, id },
      { ...ERASED_VISITOR, destination: erasedDestination(click.destination) },
    );
    affected += result.affected ?? 0;
  }
  return affected;
}
