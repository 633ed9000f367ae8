import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  type AffiliateTrackingView,
  type CampaignTrackingView,
  ListTrackingChangesQuery,
  type TrackingChanges,
} from '@app/campaigns';
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
 * everywhere within a few seconds; one created since the last poll is read on first use. An
 * edit made through this process is forgotten at once (forget), and read afresh by the next click.
 */
@Injectable()
export class CampaignDirectory extends RefreshingCache {
  private campaigns = new Map<string, TrackedCampaign>();
  private affiliates = new Map<string, AffiliateStanding>();
  private readonly misses = new Map<string, number>();
  private lastChange: Date | null = null;
  /**
   * A read that started before a forget may return the old row after it: such a read must not
   * put the old state back. Each forget takes the next number; a read remembers only entries
   * not forgotten since it began. The numbers are dropped whenever no read is under way.
   */
  private forgets = 0;
  private readonly forgottenAt = new Map<string, number>();
  private readsUnderWay = 0;

  constructor(private readonly queries: QueryBus) {
    super(DIRECTORY_REFRESH_MS);
  }

  async campaign(id: string): Promise<TrackedCampaign | null> {
    const known = this.campaigns.get(id);
    if (known) return known;
    if (this.missedRecently(`campaign:${id}`)) return null;
    return this.read(new ListTrackingChangesQuery(null, [id], []), ({ campaigns }, fresh) => {
      if (campaigns.length === 0) return this.miss(`campaign:${id}`);
      return this.remember(campaigns[0], fresh);
    });
  }

  /** null when no affiliate id was given, 'unknown' when it matches no affiliate. */
  async affiliate(id: string | null | undefined): Promise<AffiliateStanding | null | 'unknown'> {
    if (!id) return null;
    const known = this.affiliates.get(id);
    if (known) return known;
    if (this.missedRecently(`affiliate:${id}`)) return 'unknown';
    return this.read(new ListTrackingChangesQuery(null, [], [id]), ({ affiliates }, fresh) => {
      if (affiliates.length === 0) return this.miss(`affiliate:${id}`) ?? 'unknown';
      return this.rememberAffiliate(affiliates[0], fresh);
    });
  }

  /**
   * Drops what is held of one campaign or affiliate after this process changed it, so the next
   * click reads the committed row. Synchronous: it has taken effect when it returns.
   */
  forget(kind: 'campaign' | 'affiliate', id: string): void {
    if (kind === 'campaign') this.campaigns.delete(id);
    else this.affiliates.delete(id);
    this.misses.delete(`${kind}:${id}`);
    this.forgets += 1;
    if (this.readsUnderWay > 0) this.forgottenAt.set(`${kind}:${id}`, this.forgets);
  }

  /**
   * Runs a read and hands its answer to `use` with `fresh(key)`: false for an entry forgotten
   * since the read began, whose row may predate the change and must not be kept.
   */
  private async read<T>(
    query: ListTrackingChangesQuery,
    use: (changes: TrackingChanges, fresh: (key: string) => boolean) => T,
  ): Promise<T> {
    const startedAt = this.forgets;
    this.readsUnderWay += 1;
    try {
      const changes = await this.queries.execute(query);
      return use(changes, (key) => (this.forgottenAt.get(key) ?? 0) <= startedAt);
    } finally {
      this.readsUnderWay -= 1;
      if (this.readsUnderWay === 0) this.forgottenAt.clear();
    }
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
    await this.read(new ListTrackingChangesQuery(since), (changes, fresh) => {
      for (const campaign of changes.campaigns) this.remember(campaign, fresh);
      for (const affiliate of changes.affiliates) {
        this.rememberAffiliate(affiliate, fresh);
        this.noteChange(affiliate.updatedAt);
      }
    });
  }

  /** Forgets everything (after a data reset), then reloads. */
  async reload(): Promise<void> {
    this.campaigns = new Map();
    this.affiliates = new Map();
    this.misses.clear();
    this.lastChange = null;
    await this.refresh();
  }

  /** Keeps a campaign's row unless it was forgotten since it was read; returns it either way. */
  private remember(view: CampaignTrackingView, fresh: (key: string) => boolean): TrackedCampaign {
    const { updatedAt, ...campaign } = view;
    if (fresh(`campaign:${view.id}`)) {
      this.campaigns.set(view.id, campaign);
      this.misses.delete(`campaign:${view.id}`);
    }
    this.noteChange(updatedAt);
    return campaign;
  }

  private rememberAffiliate(
    view: AffiliateTrackingView,
    fresh: (key: string) => boolean,
  ): AffiliateStanding {
    const standing: AffiliateStanding = { id: view.id, status: view.status };
    if (fresh(`affiliate:${view.id}`)) this.affiliates.set(view.id, standing);
    return standing;
  }

  private noteChange(updatedAt: Date): void {
    if (!this.lastChange || updatedAt > this.lastChange) this.lastChange = updatedAt;
  }
}
