import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@app/kernel';
import { DataSource } from 'typeorm';
import { dayOf } from '../../../domain/customer-assessment.js';
import { round } from '../../../domain/engagement-score.js';
import { campaignNotFound } from '../../../domain/retention.errors.js';
import { RetentionCampaignOrmEntity } from '../../../infrastructure/retention-campaign.orm-entity.js';
import { RetentionEnrolmentOrmEntity } from '../../../infrastructure/retention-enrolment.orm-entity.js';
import { RetentionMessageOrmEntity } from '../../../infrastructure/retention-message.orm-entity.js';
import { activeDaysAfter } from '../../../infrastructure/retention-window.js';
import { majorOf } from '../retention-campaign.view.js';
import {
  type CampaignPerformanceView,
  GetCampaignPerformanceQuery,
  type GroupRetentionView,
} from './get-campaign-performance.query.js';

const WINDOW_DAYS = 30;
const rate = (part: number, whole: number) => (whole > 0 ? round(part / whole, 4) : null);

@QueryHandler(GetCampaignPerformanceQuery)
export class GetCampaignPerformanceHandler implements IQueryHandler<GetCampaignPerformanceQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ campaignId }: GetCampaignPerformanceQuery): Promise<CampaignPerformanceView> {
    const manager = this.dataSource.manager;
    const campaign = await manager.findOneBy(RetentionCampaignOrmEntity, { id: campaignId });
    if (!campaign) throw campaignNotFound(campaignId);
    const enrolments = await manager.findBy(RetentionEnrolmentOrmEntity, { campaignId });
    const messages = await manager.findBy(RetentionMessageOrmEntity, { campaignId });
    const count = (test: (m: RetentionMessageOrmEntity) => boolean) => messages.filter(test).length;
    const sent = count((m) => m.status === 'sent');
    const opened = count((m) => m.openedAt !== null);
    const clicked = count((m) => m.clickedAt !== null);
    const converted = count((m) => m.convertedAt !== null);
    const revenueMinor = messages.reduce((sum, m) => sum + m.revenueMinor, 0);
    const costMinor = messages
      .filter((m) => m.status !== 'failed')
      .reduce((sum, m) => sum + m.costMinor, 0);
    const retention = await this.retention(enrolments);
    return {
      campaignId,
      status: campaign.status,
      enrolled: enrolments.length,
      treatment: enrolments.filter((e) => e.group === 'treatment').length,
      control: enrolments.filter((e) => e.group === 'control').length,
      sent,
      failed: count((m) => m.status === 'failed'),
      delivered: count((m) => m.deliveredAt !== null),
      opened,
      clicked,
      converted,
      openRate: rate(opened, sent),
      clickRate: rate(clicked, sent),
      conversionRate: rate(converted, sent),
      currency: campaign.currency,
      revenue: majorOf(revenueMinor, campaign.currency),
      cost: majorOf(costMinor, campaign.currency),
      roi: costMinor > 0 ? round((revenueMinor - costMinor) / costMinor, 4) : null,
      retention,
    };
  }

  /**
   * Retention over 30 days: of the enrolments whose window has ended, the share active on some
   * day after the day of enrolment and within 30 days of it, treatment against control.
   */
  private async retention(
    enrolments: RetentionEnrolmentOrmEntity[],
  ): Promise<CampaignPerformanceView['retention']> {
    const today = dayOf(this.clock.now());
    const matured = enrolments.filter((e) => dayOf(e.enrolledAt) + WINDOW_DAYS <= today);
    const fromDay = Math.min(...matured.map((e) => dayOf(e.enrolledAt)));
    const active =
      matured.length > 0
        ? await activeDaysAfter(
            this.dataSource.manager,
            matured.map((e) => e.customerId),
            fromDay,
          )
        : new Map<string, number[]>();
    const group = (name: 'treatment' | 'control'): GroupRetentionView => {
      const members = matured.filter((e) => e.group === name);
      const retained = members.filter((e) => {
        const start = dayOf(e.enrolledAt);
        return (active.get(e.customerId) ?? []).some(
          (day) => day > start && day <= start + WINDOW_DAYS,
        );
      }).length;
      return { customers: members.length, retained, rate: rate(retained, members.length) };
    };
    const treatment = group('treatment');
    const control = group('control');
    const uplift =
      treatment.rate !== null && control.rate !== null
        ? round(treatment.rate - control.rate, 4)
        : null;
    return { windowDays: WINDOW_DAYS, treatment, control, uplift };
  }
}
