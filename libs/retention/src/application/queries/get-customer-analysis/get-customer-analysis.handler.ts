import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { GetCustomerLtvQuery } from '@app/ltv';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@app/kernel';
import { DataSource } from 'typeorm';
import { DAY_MS, dayOf } from '../../../domain/customer-assessment.js';
import { nextBestAction } from '../../../domain/next-best-action.js';
import { customerNotFound } from '../../../domain/retention.errors.js';
import type { ChurnModel } from '../../../domain/churn/churn-model.js';
import { ChurnModelOrmEntity } from '../../../infrastructure/churn-model.orm-entity.js';
import { RetentionCampaignOrmEntity } from '../../../infrastructure/retention-campaign.orm-entity.js';
import { RetentionEnrolmentOrmEntity } from '../../../infrastructure/retention-enrolment.orm-entity.js';
import { RetentionMessageOrmEntity } from '../../../infrastructure/retention-message.orm-entity.js';
import { ChurnModeller } from '../../churn-modeller.js';
import { churnModelOfCustomer } from './churn-model-of-customer.js';
import {
  type CustomerAnalysisView,
  GetCustomerAnalysisQuery,
} from './get-customer-analysis.query.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;
const dayStart = (day: number) => new Date(day * DAY_MS).toISOString();

@QueryHandler(GetCustomerAnalysisQuery)
export class GetCustomerAnalysisHandler implements IQueryHandler<GetCustomerAnalysisQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly modeller: ChurnModeller,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async execute({ customerId }: GetCustomerAnalysisQuery): Promise<CustomerAnalysisView> {
    const now = this.clock.now();
    const today = dayOf(now);
    const model = await this.latestModel(today);
    const base = await this.modeller.baseAt(today, model.horizonDays, {
      customerId,
      params: model.purchaseModel.params,
    });
    const history = base.histories.get(customerId);
    const assessed =
      history && this.modeller.assess(history, today, model, base.outlooks.get(customerId));
    if (!assessed) throw customerNotFound(customerId);
    const ltv = await this.queries.execute(new GetCustomerLtvQuery(customerId));
    const campaigns = await this.campaigns(customerId);
    const inRunningCampaign = campaigns.some(
      (c) => c.status === 'active' && c.group === 'treatment' && c.message?.status !== 'failed',
    );
    const { profile, score, churn } = assessed;
    return {
      customerId,
      asOf: now.toISOString(),
      profile: {
        sessions: profile.sessions,
        clicks: profile.clicks,
        conversions: profile.conversions,
        events: profile.events,
        totalSessionSeconds: profile.totalSessionSeconds,
        averageSessionSeconds: profile.averageSessionSeconds,
        activeDaysLast30: profile.activeDaysLast30,
        purchaseDays: profile.purchaseDays,
        lastPurchaseAt: profile.lastPurchaseDay === null ? null : dayStart(profile.lastPurchaseDay),
        firstActivityAt: dayStart(profile.firstActivityDay),
        lastActivityAt: dayStart(profile.lastActivityDay),
      },
      engagementScore: score.score,
      scoreBreakdown: score,
      segment: assessed.segment,
      churnProbability: churn.churnProbability,
      riskLevel: assessed.riskLevel,
      basis: churn.basis,
      churnModel: churnModelOfCustomer(model, churn.population),
      drivers: churn.factors,
      ltv: ltv
        ? {
            probabilityAlive: ltv.probabilityAlive,
            predictedClv: ltv.predictedClv,
            currency: ltv.currency,
          }
        : null,
      campaigns,
      nextBestAction: nextBestAction({
        segment: assessed.segment,
        riskLevel: assessed.riskLevel,
        predictedClv: ltv?.predictedClv ?? null,
        inRunningCampaign,
      }),
    };
  }

  /** The model of the latest recalculation, so one customer's answer agrees with the batch. */
  private async latestModel(today: number): Promise<ChurnModel> {
    const [stored] = await this.dataSource.manager.find(ChurnModelOrmEntity, {
      order: { fittedAt: 'DESC' },
      take: 1,
    });
    return (
      stored?.model ??
      this.modeller.priorModel(
        today,
        'No churn recalculation has run yet (POST /retention/recalculate, or the daily job): the documented priors apply and buyers are assessed by their activity.',
      )
    );
  }

  private async campaigns(customerId: string): Promise<CustomerAnalysisView['campaigns']> {
    const manager = this.dataSource.manager;
    const enrolments = await manager.find(RetentionEnrolmentOrmEntity, {
      where: { customerId },
      order: { enrolledAt: 'DESC' },
    });
    const result: CustomerAnalysisView['campaigns'] = [];
    for (const enrolment of enrolments) {
      const campaign = await manager.findOneBy(RetentionCampaignOrmEntity, {
        id: enrolment.campaignId,
      });
      const message = await manager.findOneBy(RetentionMessageOrmEntity, {
        enrolmentId: enrolment.id,
      });
      result.push({
        campaignId: enrolment.campaignId,
        name: campaign?.name ?? '',
        status: campaign?.status ?? 'deleted',
        group: enrolment.group,
        enrolledAt: enrolment.enrolledAt.toISOString(),
        message: message
          ? {
              status: message.status,
              sentAt: iso(message.sentAt),
              openedAt: iso(message.openedAt),
              clickedAt: iso(message.clickedAt),
              convertedAt: iso(message.convertedAt),
            }
          : null,
      });
    }
    return result;
  }
}
