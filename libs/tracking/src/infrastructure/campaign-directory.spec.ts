import type { QueryBus } from '@nestjs/cqrs';
import type { CampaignTrackingView, TrackingChanges } from '@app/campaigns';
import { describe, expect, it } from 'vitest';
import { CampaignDirectory } from './campaign-directory.js';

const campaign = (status: string): CampaignTrackingView =>
  ({ id: 'c1', status, updatedAt: new Date('2026-11-26T09:00:00Z') }) as CampaignTrackingView;

/** A query bus whose answers the test hands out one at a time, counting the reads. */
function scriptedBus() {
  const pending: ((changes: TrackingChanges) => void)[] = [];
  const bus = {
    reads: 0,
    execute: () => {
      bus.reads += 1;
      return new Promise<TrackingChanges>((resolve) => pending.push(resolve));
    },
    answer: (changes: Partial<TrackingChanges>) =>
      pending.shift()!({ campaigns: [], affiliates: [], ...changes }),
  };
  return bus;
}

describe('CampaignDirectory.forget', () => {
  it('makes the next lookup read the campaign again', async () => {
    const bus = scriptedBus();
    const directory = new CampaignDirectory(bus as unknown as QueryBus);
    const first = directory.campaign('c1');
    bus.answer({ campaigns: [campaign('active')] });
    expect((await first)?.status).toBe('active');
    directory.forget('campaign', 'c1');
    const second = directory.campaign('c1');
    bus.answer({ campaigns: [campaign('paused')] });
    expect((await second)?.status).toBe('paused');
    expect(bus.reads).toBe(2);
  });

  it('does not let a read that began before the forget put the old state back', async () => {
    const bus = scriptedBus();
    const directory = new CampaignDirectory(bus as unknown as QueryBus);
    const early = directory.campaign('c1'); // reads the row before the change commits
    directory.forget('campaign', 'c1'); // the change commits; this process forgets
    bus.answer({ campaigns: [campaign('active')] }); // the early read returns the old row
    expect((await early)?.status).toBe('active');
    const next = directory.campaign('c1');
    expect(bus.reads).toBe(2); // read again: the old row was not kept
    bus.answer({ campaigns: [campaign('paused')] });
    expect((await next)?.status).toBe('paused');
  });

  it('does not let a refresh under way put an old affiliate standing back', async () => {
    const bus = scriptedBus();
    const directory = new CampaignDirectory(bus as unknown as QueryBus);
    const refresh = directory.refresh();
    directory.forget('affiliate', 'a1');
    bus.answer({ affiliates: [{ id: 'a1', status: 'active', updatedAt: new Date() }] });
    await refresh;
    const next = directory.affiliate('a1');
    expect(bus.reads).toBe(2);
    bus.answer({ affiliates: [{ id: 'a1', status: 'suspended', updatedAt: new Date() }] });
    expect(await next).toEqual({ id: 'a1', status: 'suspended' });
  });
});
