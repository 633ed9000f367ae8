import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

/**
 * A value kept in memory and re-read from the database every few seconds on every replica,
 * so the click path reads it without a query and a change is seen everywhere soon after.
 */
export abstract class RefreshingCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private readonly log = new Logger(this.constructor.name);

  protected constructor(private readonly intervalMs: number) {}

  abstract refresh(): Promise<void>;

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => {
      this.refresh().catch((error: Error) => this.log.warn(`Refresh failed: ${error.message}`));
    }, this.intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
