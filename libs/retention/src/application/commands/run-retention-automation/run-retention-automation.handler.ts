import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, Money, newId } from '@app/kernel';
import { ExclusiveRuns, UnitOfWork } from '@app/platform';
import type { EntityManager } from 'typeorm';
import {
  assignGroup,
  budgetAllows,
  cooledDown,
  matchesTrigger,
} from '../../../domain/enrolment-policy.js';
import { RetentionCampaign } from '../../../domain/retention-campaign.js';
import { ChurnPredictionOrmEntity } from '../../../infrastructure/churn-prediction.orm-entity.js';
import { RetentionCampaignOrmEntity } from '../../../infrastructure/retention-campaign.orm-entity.js';
import { RetentionEnrolmentOrmEntity } from '../../../infrastructure/retention-enrolment.orm-entity.js';
import { RetentionMessageOrmEntity } from '../../../infrastructure/retention-message.orm-entity.js';
import {
  type AutomationRunView,
  RunRetentionAutomationCommand,
} from './run-retention-automation.command.js';

/**
 * One transaction per campaign: its enrolments and messages are written together, and the
 * webhook is not called here (the delivery job posts pending messages afterwards), so a slow
 * receiver never holds the transaction open. One run at a time, scheduled or on demand, across
 * replicas: two would each see a customer not yet enrolled and enrol them twice.
 */
@CommandHandler(RunRetentionAutomationCommand)
export class RunRetentionAutomationHandler implements ICommandHandler<RunRetentionAutomationCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly exclusive: ExclusiveRuns,
  ) {}

  execute(): Promise<AutomationRunView> {
    return this.exclusive.run('retention.automation', 'A retention automation run', () =>
      this.run(),
    );
  }

  private async run(): Promise<AutomationRunView> {
    const now = this.clock.now();
    const view: AutomationRunView = {
      campaigns: 0,
      enrolled: 0,
      treatment: 0,
      control: 0,
      messages: 0,
    };
    const active = await this.unitOfWork.run(({ manager }) =>
      manager.findBy(RetentionCampaignOrmEntity, { status: 'active' }),
    );
    for (const row of active) {
      const campaign = RetentionCampaign.restore({ ...row });
      if (!campaign.isRunningAt(now)) continue;
      view.campaigns += 1;
      await this.unitOfWork.run(({ manager }) => this.enrol(manager, campaign, now, view));
    }
    return view;
  }

  private async enrol(
    manager: EntityManager,
    campaign: RetentionCampaign,
    now: Date,
    view: AutomationRunView,
  ): Promise<void> {
    const state = campaign.snapshot;
    const query = manager
      .createQueryBuilder(ChurnPredictionOrmEntity, 'p')
      .orderBy('p.churn_probability', 'DESC');
    if (state.trigger.riskLevels.length > 0)
      query.andWhere('p.risk_level IN (:...risks)', { risks: state.trigger.riskLevels });
    if (state.trigger.segments.length > 0)
      query.andWhere('p.segment IN (:...segments)', { segments: state.trigger.segments });
    const predictions = await query.getMany();
    const lastEnrolled = await this.lastEnrolments(manager, state.id);
    let spent = await this.spent(manager, state.id);
    for (const prediction of predictions) {
      const candidate = {
        customerId: prediction.customerId,
        riskLevel: prediction.riskLevel,
        segment: prediction.segment,
        predictedClv:
          prediction.predictedClvMinor !== null && prediction.currency === state.currency
            ? prediction.predictedClvMinor / 10 ** Money.minorDigits(state.currency)
            : null,
      };
      if (!matchesTrigger(state.trigger, candidate)) continue;
      if (!cooledDown(lastEnrolled.get(prediction.customerId) ?? null, state.cooldownDays, now))
        continue;
      const group = assignGroup(state.id, prediction.customerId, state.controlGroupShare);
      // The budget pays for messages; once it cannot pay for one more, enrolment stops, control
      // included, so the two groups stay comparable.
      if (!budgetAllows(state, spent)) break;
      const enrolmentId = newId();
      await manager.insert(RetentionEnrolmentOrmEntity, {
        id: enrolmentId,
        campaignId: state.id,
        customerId: prediction.customerId,
        group,
        riskLevel: prediction.riskLevel,
        churnProbability: prediction.churnProbability,
        enrolledAt: now,
      });
      view.enrolled += 1;
      view[group] += 1;
      if (group === 'control') continue;
      await manager.insert(RetentionMessageOrmEntity, message(state, enrolmentId, prediction, now));
      spent += state.costPerMessageMinor;
      view.messages += 1;
    }
  }

  private async lastEnrolments(
    manager: EntityManager,
    campaignId: string,
  ): Promise<Map<string, Date>> {
    const rows = await manager
      .createQueryBuilder(RetentionEnrolmentOrmEntity, 'e')
      .select('e.customer_id', 'customer_id')
      .addSelect('MAX(e.enrolled_at)', 'last')
      .where('e.campaign_id = :campaignId', { campaignId })
      .groupBy('e.customer_id')
      .getRawMany<{ customer_id: string; last: string | Date }>();
    return new Map(rows.map((row) => [row.customer_id, asDate(row.last)]));
  }

  private async spent(manager: EntityManager, campaignId: string): Promise<number> {
    const row = await manager
      .createQueryBuilder(RetentionMessageOrmEntity, 'm')
      .select('COALESCE(SUM(m.cost_minor), 0)', 'spent')
      .where('m.campaign_id = :campaignId', { campaignId })
      .getRawOne<{ spent: string | number }>();
    return Number(row?.spent ?? 0);
  }
}

function message(
  state: RetentionCampaign['snapshot'],
  enrolmentId: string,
  prediction: ChurnPredictionOrmEntity,
  now: Date,
): Partial<RetentionMessageOrmEntity> {
  const id = newId();
  const webhook = state.channel === 'webhook';
  return {
    id,
    enrolmentId,
    campaignId: state.id,
    customerId: prediction.customerId,
    channel: state.channel,
    payload: {
      messageId: id,
      campaignId: state.id,
      campaignName: state.name,
      customerId: prediction.customerId,
      channel: state.channel,
      offer: state.offer,
      riskLevel: prediction.riskLevel,
      churnProbability: prediction.churnProbability,
      segment: prediction.segment,
      createdAt: now.toISOString(),
    },
    // Webhook messages wait for the delivery job; other channels are handed to the external
    // sender now (it reads them and reports outcomes as events).
    status: webhook ? 'pending' : 'sent',
    attempts: 0,
    nextAttemptAt: webhook ? now : null,
    leaseUntil: null,
    lastError: null,
    costMinor: state.costPerMessageMinor,
    createdAt: now,
    sentAt: webhook ? null : now,
    deliveredAt: null,
    openedAt: null,
    clickedAt: null,
    convertedAt: null,
    revenueMinor: 0,
  };
}

/** MAX() of a timestamp comes back as text on SQLite (UTC, no offset) and a Date on PostgreSQL. */
function asDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
