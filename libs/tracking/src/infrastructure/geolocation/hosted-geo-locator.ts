import { LRUCache } from 'lru-cache';
import { GeoLocator } from '../../domain/geo-locator.port.js';
import type { CountryService } from './ipinfo-country-client.js';

const REMEMBERED_IPS = 100_000;
/** Addresses move between networks; a day-old answer is still a good one. */
const ANSWER_TTL_MS = 24 * 60 * 60 * 1000;
const MAX_WAITING = 10_000;
const CONCURRENT_QUESTIONS = 4;
/** After a failure (quota, outage, bad key) the service is left alone for a while. */
const PAUSE_AFTER_FAILURE_MS = 60_000;

export interface HostedGeoLocatorOptions {
  now?: () => number;
  /** Told once per pause why the service is not being asked. */
  warn?: (message: string) => void;
}

/**
 * Countries from a hosted service, without ever making a click wait on the network: a click
 * from an address the service has not yet answered for takes the offline database's answer,
 * and the address is asked about in the background, so the next click from it gets the hosted
 * one. Addresses the offline database places nowhere (private, reserved) are not asked about:
 * no service knows where they are, and each question may cost quota.
 */
export class HostedGeoLocator extends GeoLocator {
  /** null: the service answered but knew no country; the offline answer stands. */
  private readonly answers = new LRUCache<string, { country: string | null }>({
    max: REMEMBERED_IPS,
    ttl: ANSWER_TTL_MS,
  });
  private readonly waiting = new Set<string>();
  private readonly queue: string[] = [];
  private asking = 0;
  private pausedUntil = 0;
  private idleWaiters: (() => void)[] = [];
  private readonly now: () => number;
  private readonly warn: (message: string) => void;

  constructor(
    private readonly offline: GeoLocator,
    private readonly service: CountryService,
    options: HostedGeoLocatorOptions = {},
  ) {
    super();
    this.now = options.now ?? Date.now;
    this.warn = options.warn ?? (() => undefined);
  }

  countryOf(ip: string): string | null {
    const offline = this.offline.countryOf(ip);
    const answer = this.answers.get(ip);
    if (answer !== undefined) return answer.country ?? offline;
    if (offline !== null) this.askLater(ip);
    return offline;
  }

  /** Settles once no question is waiting or under way (tests; an orderly shutdown). */
  whenIdle(): Promise<void> {
    if (this.asking === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private askLater(ip: string): void {
    if (this.waiting.has(ip) || this.waiting.size >= MAX_WAITING) return;
    if (this.now() < this.pausedUntil) return;
    this.waiting.add(ip);
    this.queue.push(ip);
    while (this.asking < CONCURRENT_QUESTIONS && this.queue.length > 0) void this.askNext();
  }

  private async askNext(): Promise<void> {
    const ip = this.queue.shift()!;
    this.asking += 1;
    try {
      this.answers.set(ip, { country: await this.service.countryOf(ip) });
    } catch (error) {
      this.pause((error as Error).message);
    } finally {
      this.waiting.delete(ip);
      this.asking -= 1;
    }
    if (this.queue.length > 0) await this.askNext();
    else if (this.asking === 0) this.settle();
  }

  private pause(reason: string): void {
    if (this.now() >= this.pausedUntil) {
      this.warn(
        `Hosted geolocation failed (${reason}); offline countries only for the next ${PAUSE_AFTER_FAILURE_MS / 1000} s`,
      );
    }
    this.pausedUntil = this.now() + PAUSE_AFTER_FAILURE_MS;
    // What was queued is dropped, not kept for later: the next click from each address asks again.
    for (const ip of this.queue.splice(0)) this.waiting.delete(ip);
  }

  private settle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
