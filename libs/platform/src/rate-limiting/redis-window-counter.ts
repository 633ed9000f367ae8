import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { MemoryWindowCounter, type WindowCount, WindowCounter } from '@app/kernel';

const KEY_PREFIX = 'rl:';

/**
 * Counts in Redis, so that every replica shares one count per subject and window: one INCR
 * and one PEXPIRE (only when the key is new) in a MULTI, under a key that names the window.
 * Redis out of reach must not fail the requests it counts: they are counted in this process
 * instead, with one warning a minute, until Redis answers again.
 */
export class RedisWindowCounter extends WindowCounter implements OnApplicationShutdown {
  private readonly logger = new Logger('RateLimits');
  private readonly fallback = new MemoryWindowCounter();
  private warnedAt = 0;

  constructor(private readonly redis: Redis) {
    super();
    // ioredis reconnects on its own; its errors are told once a minute, never thrown.
    redis.on('error', (error: Error) => this.warnOnce(new Date(), error));
  }

  /**
   * Connects before the app answers, so the first requests are counted in Redis too; a Redis
   * that does not answer does not stop the start (ioredis keeps trying in the background).
   */
  static async connect(url: string): Promise<RedisWindowCounter> {
    // No offline queue and one retry: a count that cannot be taken now is taken in memory.
    const redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      lazyConnect: true,
    });
    const counter = new RedisWindowCounter(redis);
    await redis.connect().catch((error: Error) => counter.warnOnce(new Date(), error));
    return counter;
  }

  async hit(subject: string, windowMs: number, now: Date): Promise<WindowCount> {
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    const key = `${KEY_PREFIX}${subject}:${start}`;
    try {
      const results = await this.redis
        .multi()
        .incr(key)
        .pexpire(key, windowMs * 2, 'NX')
        .exec();
      const [error, count] = results?.[0] ?? [new Error('no reply')];
      if (error) throw error;
      return { count: Number(count), resetInMs: start + windowMs - now.getTime() };
    } catch (error) {
      this.warnOnce(now, error as Error);
      return this.fallback.hit(subject, windowMs, now);
    }
  }

  override async close(): Promise<void> {
    this.redis.disconnect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  private warnOnce(now: Date, error: Error): void {
    if (now.getTime() - this.warnedAt < 60_000) return;
    this.warnedAt = now.getTime();
    this.logger.warn(`Redis did not count (${error.message}); counting in this process meanwhile`);
  }
}
