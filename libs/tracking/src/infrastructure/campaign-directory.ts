import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { type CampaignTrackingView, ListTrackingChangesQuery } from '@app/campaigns';
import type { TrackedCampaign } from '../domain/tracked-campaign.js';
import { RefreshingCache } from './refreshing-cache.js';

/** How often every replica asks for campaign and affiliate changes. */
export const DIRECTORY_REFRESH_MS = 2_000;
/** Changes are read with this overlap, so a row committed late with an older updatedAt is not missed. */
const OVERLAP_MS = 5_000;
/** How long an id that matched no campaign is remembered, so bogus ids cannot hammer the database. */
const MISS_TTL_MS = 2_000;

export type AffiliateStanding = { id: string; status: 'active' | 'suspended' };

/**
 * Campaigns and affiliates as the click path sees them, held in memory: a click never waits on
 * the database for them. Every replica polls for changes (updatedAt), so an edit is seen
 * everywhere within a few seconds; one created since the last poll is read on first use.
 */
@Injectable()
export class CampaignDirectory extends RefreshingCache {
  private campaigns = new Map<string, TrackedCampaign>();
  private affiliates = new Map<string, AffiliateStanding>();
  private readonly misses = new Map<string, number>();
  private lastChange: Date | null = null;

  constructor(private readonly queries: QueryBus) {
    super(DIRECTORY_REFRESH_MS);
  }

  async campaign(id: string): Promise<TrackedCampaign | null> {
    const known = this.campaigns.get(id);
    if (known) return known;
    if (this.missedRecently(`campaign:${id}`)) return null;
    const { campaigns } = await this.queries.execute(new ListTrackingChangesQuery(null, [id], []));
    if (campaigns.length === 0) return this.miss(`campaign:${id}`);
    this.remember(campaigns[0]);
    return this.campaigns.get(id)!;
  }

  /** null when no affiliate id was given, 'unknown' when it matches no affiliate. */
  async affiliate(id: string | null | undefined): Promise<AffiliateStanding | null | 'unknown'> {
    if (!id) return null;
    const known = this.affiliates.get(id);
    if (known) return known;
    if (this.missedRecently(`affiliate:${id}`)) return 'unknown';
    const { affiliates } = await this.queries.execute(new ListTrackingChangesQuery(null, [], [id]));
    if (affiliates.length === 0) return this.miss(`affiliate:${id}`) ?? 'unknown';
    this.affiliates.set(id, { id, status: affiliates[0].status });
    return this.affiliates.get(id)!;
  }

  private missedRecently(key: string): boolean {
    const missedAt = this.misses.get(key);
    return missedAt !== undefined && Date.now() - missedAt < MISS_TTL_MS;
  }

  private miss(key: string): null {
    if (this.misses.size > 10_000) this.misses.clear();
    this.misses.set(key, Date.now());
    return null;
  }

  /** Reads what changed since the last refresh (everything the first time). */
  async refresh(): Promise<void> {
    const since = this.lastChange ? new Date(this.lastChange.getTime() - OVERLAP_MS) : null;
    const changes = await this.queries.execute(new ListTrackingChangesQuery(since));
    for (const campaign of changes.campaigns) this.remember(campaign);
    for (const affiliate of changes.affiliates) {
      this.affiliates.set(affiliate.id, { id: affiliate.id, status: affiliate.status });
      this.noteChange(affiliate.updatedAt);
    }
  }

  /** Forgets everything (after a data reset), then reloads. */
  async reload(): Promise<void> {
    this.campaigns = new Map();
    this.affiliates = new Map();
    this.misses.clear();
    this.lastChange = null;
    await this.refresh();
  }

  private remember(view: CampaignTrackingView): void {
    const { updatedAt, ...campaign } = view;
    this.campaigns.set(view.id, campaign);
    this.misses.delete(`campaign:${view.id}`);
    this.noteChange(updatedAt);
  }

  private noteChange(updatedAt: Date): void {
    if (!this.lastChange || updatedAt > this.lastChange) this.lastChange = updatedAt;
  }
}
