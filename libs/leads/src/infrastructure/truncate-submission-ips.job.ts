import { Injectable } from '@nestjs/common';
import {
  HourlyIpTruncation,
  type IpColumnSweep,
  IpTruncationJob,
  type JobOutcome,
} from '@app/platform';

/** The senders' addresses of form submissions, along idx_lead_submissions_time. */
export const SUBMISSION_IP_SWEEP: IpColumnSweep = {
  name: 'leads.lead_submissions.ip',
  table: 'lead_submissions',
  timeColumn: 'submitted_at',
  idColumn: 'id',
  ipColumn: 'ip',
};

/** The networks the rate limit counted them by: an IPv4 key is the whole address. */
export const SUBMISSION_IP_NETWORK_SWEEP: IpColumnSweep = {
  ...SUBMISSION_IP_SWEEP,
  name: 'leads.lead_submissions.ip_network',
  ipColumn: 'ip_network',
};

/**
 * Truncates the IP addresses of form submissions older than IP_RETENTION_DAYS. Hourly, once
 * across replicas; each run reads only the submissions that crossed the window since the last
 * one. The rate limit reads the last 10 minutes only, so truncation never changes its count.
 * The network key beside each address is truncated the same way. Leads themselves hold no address.
 */
@Injectable()
export class TruncateSubmissionIpsJob extends IpTruncationJob {
  protected readonly addresses = 'submission IPs';

  constructor(truncation: HourlyIpTruncation) {
    super(truncation);
  }

  /** The outcome of the addresses' sweep; the networks' sweep runs on the same hourly terms. */
  async run(): Promise<JobOutcome> {
    const outcome = await this.truncation.run(
      'leads.truncate-submission-ips',
      SUBMISSION_IP_SWEEP,
      'form submissions',
    );
    await this.truncation.run(
      'leads.truncate-submission-ip-networks',
      SUBMISSION_IP_NETWORK_SWEEP,
      'form submission networks',
    );
    return outcome;
  }
}
