import { Injectable } from '@nestjs/common';
import { Money, newId } from '@app/kernel';
import { type Transaction, UnitOfWork } from '@app/platform';
import type { EntityManager } from 'typeorm';
import { type BehaviourEvent, OUTCOME_OF_TYPE, type Outcome } from '../domain/behaviour-event.js';
import { dayOf } from '../domain/customer-assessment.js';
import { EventStore } from '../domain/event-store.js';
import { campaignNotFound } from '../domain/retention.errors.js';
import { RetentionCampaignOrmEntity } from './retention-campaign.orm-entity.js';
import { RetentionEventOrmEntity } from './retention-event.orm-entity.js';
import { RetentionMessageOrmEntity } from './retention-message.orm-entity.js';

const OUTCOME_COLUMN: Record<Outcome, 'deliveredAt' | 'openedAt' | 'clickedAt' | 'convertedAt'> = {
  delivered: 'deliveredAt',
  opened: 'openedAt',
  clicked: 'clickedAt',
  converted: 'convertedAt',
};

/**
 * Behaviour events in SQL. `recordWithin` joins a caller's transaction, so an event that comes
 * from another context commits with the mark of its delivery.
 */
@Injectable()
export class TypeormEventStore extends EventStore {
  constructor(private readonly unitOfWork: UnitOfWork) {
    super();
  }

  record(
    events: readonly BehaviourEvent[],
    source: 'api' | 'tracking',
    now: Date,
    campaignId: string | null,
  ): Promise<number> {
    return this.unitOfWork.run(async (tx) => {
      if (
        campaignId &&
        !(await tx.manager.existsBy(RetentionCampaignOrmEntity, { id: campaignId }))
      )
        throw campaignNotFound(campaignId);
      return this.recordWithin(tx, events, source, now);
    });
  }

  /** Returns how many of the events were new. */
  async recordWithin(
    tx: Transaction,
    events: readonly BehaviourEvent[],
    source: 'api' | 'tracking',
    now: Date,
  ): Promise<number> {
    let recorded = 0;
    for (const event of events) {
      const eventId = event.eventId ?? newId();
      const [sql, parameters] = tx.manager
        .createQueryBuilder()
        .insert()
        .into(RetentionEventOrmEntity)
        .values({
          eventId,
          customerId: event.customerId,
          type: event.type,
          occurredAt: event.occurredAt,
          occurredDay: dayOf(event.occurredAt),
          durationSeconds: event.durationSeconds,
          campaignId: event.campaignId,
          properties: event.properties,
          source,
          recordedAt: now,
        })
        .orIgnore()
        .getQueryAndParameters();
      const rows: unknown = await tx.manager.query(`${sql} RETURNING "event_id"`, parameters);
      if (!Array.isArray(rows) || rows.length !== 1) continue;
      recorded += 1;
      const outcome = OUTCOME_OF_TYPE[event.type];
      if (outcome && event.campaignId) await this.applyOutcome(tx.manager, event, outcome);
    }
    return recorded;
  }

  /** The first event of each outcome sets its time; a conversion adds its revenue. */
  private async applyOutcome(
    manager: EntityManager,
    event: BehaviourEvent,
    outcome: Outcome,
  ): Promise<void> {
    const message = await manager.findOne(RetentionMessageOrmEntity, {
      where: { campaignId: event.campaignId!, customerId: event.customerId },
      order: { createdAt: 'DESC' },
    });
    if (!message) return;
    const column = OUTCOME_COLUMN[outcome];
    const changes: Partial<RetentionMessageOrmEntity> = {};
    if (message[column] === null) changes[column] = event.occurredAt;
    if (outcome === 'converted') {
      const revenue = await this.revenueMinor(manager, event);
      if (revenue > 0) changes.revenueMinor = message.revenueMinor + revenue;
    }
    if (Object.keys(changes).length > 0)
      await manager.update(RetentionMessageOrmEntity, { id: message.id }, changes);
  }

  /** properties.revenue in major units of the campaign's currency; anything unreadable counts 0. */
  private async revenueMinor(manager: EntityManager, event: BehaviourEvent): Promise<number> {
    const revenue = event.properties?.revenue;
    if (typeof revenue !== 'number' && typeof revenue !== 'string') return 0;
    const campaign = await manager.findOneBy(RetentionCampaignOrmEntity, { id: event.campaignId! });
    if (!campaign) return 0;
    try {
      return Math.max(0, Money.fromDecimal(revenue, campaign.currency).minor);
    } catch {
      return 0;
    }
  }
}
