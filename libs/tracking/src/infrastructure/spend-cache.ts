import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@app/kernel';
import { DataSource } from 'typeorm';
import type { CampaignSpend } from '../domain/tracked-campaign.js';
import { HourlyStatOrmEntity } from './hourly-stat.orm-entity.js';
import { RefreshingCache } from './refreshing-cache.js';

interface SpendAdded {
  campaignId: string;
  payoutMinor: number;
  at: Date;
}

const NOTHING_SPENT: CampaignSpend = { totalMinor: 0, todayMinor: 0 };

/**
 * What each campaign has spent, in total and today (UTC), from the hourly rollups: re-read
 * every two seconds, and moved at once by this replica's own writes in between.
 */
@Injectable()
export class SpendCache extends RefreshingCache {
  private spend = new Map<string, CampaignSpend>();
  private day = '';
  /** Payouts added while a refresh reads: its snapshot may predate them, so they are re-applied. */
  private readonly refreshesUnderWay = new Set<SpendAdded[]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    super(2_000);
  }

  of(campaignId: string): CampaignSpend {
    return this.spend.get(campaignId) ?? NOTHING_SPENT;
  }

  /** Counts a payout this replica has just committed, before the next refresh sees it. */
  add(campaignId: string, payoutMinor: number, at: Date): void {
    if (payoutMinor === 0) return;
    for (const added of this.refreshesUnderWay) added.push({ campaignId, payoutMinor, at });
    this.apply(campaignId, payoutMinor, at);
  }

  private apply(campaignId: string, payoutMinor: number, at: Date): void {
    const current = this.of(campaignId);
    const today = utcDay(at) === this.day;
    this.spend.set(campaignId, {
      totalMinor: current.totalMinor + payoutMinor,
      todayMinor: current.todayMinor + (today ? payoutMinor : 0),
    });
  }

  /**
   * Replaces the counts with the rollups' sums. A payout committed while the sums are read may
   * or may not be in them; it is applied again on top, so the cache can only overstate spend
   * (stopping traffic a little early) until the next refresh, never understate it.
   */
  async refresh(): Promise<void> {
    const added: SpendAdded[] = [];
    this.refreshesUnderWay.add(added);
    try {
      await this.readSums();
    } finally {
      this.refreshesUnderWay.delete(added);
    }
    for (const { campaignId, payoutMinor, at } of added) this.apply(campaignId, payoutMinor, at);
  }

  private async readSums(): Promise<void> {
    const now = this.clock.now();
    const dayStart = new Date(`${utcDay(now)}T00:00:00.000Z`);
    const rows: { campaignId: string; total: string | number; today: string | number }[] =
      await this.dataSource
        .getRepository(HourlyStatOrmEntity)
        .createQueryBuilder('stat')
        .select('stat.campaignId', 'campaignId')
        .addSelect('SUM(stat.payoutMinor)', 'total')
        .addSelect(
          'SUM(CASE WHEN stat.hour >= :dayStart THEN stat.payoutMinor ELSE 0 END)',
          'today',
        )
        .where('stat.payoutMinor > 0')
        .setParameter('dayStart', dayStart)
        .groupBy('stat.campaignId')
        .getRawMany();
    this.day = utcDay(now);
    this.spend = new Map(
      rows.map((row) => [
        row.campaignId,
        { totalMinor: Number(row.total), todayMinor: Number(row.today) },
      ]),
    );
  }
}

function utcDay(time: Date): string {
  return time.toISOString().slice(0, 10);
}
