import type { EntityManager } from 'typeorm';
import type {
  EnrolmentCandidate,
  EnrolmentSession,
  NewEnrolment,
  NewRetentionMessage,
} from '../domain/enrolment-candidates.js';
import type { RetentionCampaignState } from '../domain/retention-campaign.js';
import { ChurnPredictionOrmEntity } from './churn-prediction.orm-entity.js';
import { RetentionEnrolmentOrmEntity } from './retention-enrolment.orm-entity.js';
import { RetentionMessageOrmEntity } from './retention-message.orm-entity.js';

/** The automation's reads and writes for one campaign, through one transaction's manager. */
export class TypeormEnrolmentSession implements EnrolmentSession {
  constructor(private readonly manager: EntityManager) {}

  async candidates(trigger: RetentionCampaignState['trigger']): Promise<EnrolmentCandidate[]> {
    const query = this.manager
      .createQueryBuilder(ChurnPredictionOrmEntity, 'p')
      .orderBy('p.churn_probability', 'DESC');
    if (trigger.riskLevels.length > 0)
      query.andWhere('p.risk_level IN (:...risks)', { risks: trigger.riskLevels });
    if (trigger.segments.length > 0)
      query.andWhere('p.segment IN (:...segments)', { segments: trigger.segments });
    const rows = await query.getMany();
    return rows.map((row) => ({
      customerId: row.customerId,
      riskLevel: row.riskLevel,
      segment: row.segment,
      churnProbability: row.churnProbability,
      predictedClvMinor: row.predictedClvMinor,
      currency: row.currency,
    }));
  }

  async lastEnrolments(campaignId: string): Promise<Map<string, Date>> {
    const rows = await this.manager
      .createQueryBuilder(RetentionEnrolmentOrmEntity, 'e')
      .select('e.customer_id', 'customer_id')
      .addSelect('MAX(e.enrolled_at)', 'last')
      .where('e.campaign_id = :campaignId', { campaignId })
      .groupBy('e.customer_id')
      .getRawMany<{ customer_id: string; last: string | Date }>();
    return new Map(rows.map((row) => [row.customer_id, asDate(row.last)]));
  }

  async spent(campaignId: string): Promise<number> {
    const row = await this.manager
      .createQueryBuilder(RetentionMessageOrmEntity, 'm')
      .select('COALESCE(SUM(m.cost_minor), 0)', 'spent')
      .where('m.campaign_id = :campaignId', { campaignId })
      .getRawOne<{ spent: string | number }>();
    return Number(row?.spent ?? 0);
  }

  async enrol(enrolment: NewEnrolment): Promise<void> {
    await this.manager.insert(RetentionEnrolmentOrmEntity, enrolment);
  }

  async queueMessage(message: NewRetentionMessage): Promise<void> {
    await this.manager.insert(RetentionMessageOrmEntity, {
      ...message,
      attempts: 0,
      leaseUntil: null,
      lastError: null,
      deliveredAt: null,
      openedAt: null,
      clickedAt: null,
      convertedAt: null,
      revenueMinor: 0,
    });
  }
}

/** MAX() of a timestamp comes back as text on SQLite (UTC, no offset) and a Date on PostgreSQL. */
function asDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
