import { Injectable } from '@nestjs/common';
import {
  HourlyIpTruncation,
  type IpColumnSweep,
  IpTruncationJob,
  type JobOutcome,
} from '@app/platform';

/** The clicks' visitor addresses, along the primary key (clicked_at, id). */
export const CLICK_IP_SWEEP: IpColumnSweep = {
  name: 'tracking.clicks.ip',
  table: 'clicks',
  timeColumn: 'clicked_at',
  idColumn: 'id',
  ipColumn: 'ip',
};

/**
 * Truncates the IP addresses of clicks older than IP_RETENTION_DAYS. Hourly, once across
 * replicas; each run reads only the clicks that crossed the window since the last one.
 * The click fingerprints hold no address (a hash, deleted after 24 hours by
 * PurgeFingerprintsJob) and block list entries are addresses an admin chose to block, not
 * visitors' data: neither is touched.
 */
@Injectable()
export class TruncateClickIpsJob extends IpTruncationJob {
  protected readonly addresses = 'click IPs';

  constructor(truncation: HourlyIpTruncation) {
    super(truncation);
  }

  run(): Promise<JobOutcome> {
    return this.truncation.run('tracking.truncate-click-ips', CLICK_IP_SWEEP, 'clicks');
  }
}
