import { Injectable } from '@nestjs/common';
import { type EntityTarget, IsNull, LessThanOrEqual, type ObjectLiteral, Or } from 'typeorm';
import { Clock, retryDelayMs } from '@app/kernel';
import { UnitOfWork } from '../database/unit-of-work.js';

/**
 * A row of an outbound call waiting to be made (a retention webhook, an affiliate postback):
 * `status` pending, sent or failed, with `attempts`, `nextAttemptAt`, `leaseUntil`,
 * `lastError` and `sentAt` columns.
 */
export interface DeliverableRow {
  id: string;
  attempts: number;
}

export type DeliveryOutcome = 'sent' | 'failed' | 'retry';

/** What one pass of a delivery job did, for its log line. */
export interface DeliveryRun {
  attempted: number;
  sent: number;
  failed: number;
}

export const emptyDeliveryRun = (): DeliveryRun => ({ attempted: 0, sent: 0, failed: 0 });

/** Counts one claimed attempt's outcome into `run`. */
export function tally(run: DeliveryRun, outcome: DeliveryOutcome): void {
  run.attempted += 1;
  if (outcome === 'sent') run.sent += 1;
  if (outcome === 'failed') run.failed += 1;
}

export interface SettleOptions {
  maxAttempts: number;
  /** No retry can help (nothing left to call): failed at once. */
  final?: boolean;
  /** More columns to write with the outcome (the answer's HTTP status, ...). */
  also?: ObjectLiteral;
}

/**
 * The claim and the outcome of one attempt at an outbound call, shared by every context that
 * makes such calls from a job on several replicas. Writes go through the unit of work (see
 * UnitOfWork.update).
 */
@Injectable()
export class DeliveryAttempts {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /**
   * Takes a due row read earlier for `leaseMs`, only if no other replica claimed it since: it is
   * still pending at the same attempt and no lease is on it. The lease runs from now, not from
   * when the row was read, which may be minutes ago in a long pass.
   */
  async claim(
    entity: EntityTarget<ObjectLiteral>,
    row: DeliverableRow,
    leaseMs: number,
  ): Promise<boolean> {
    const now = this.clock.now();
    const where = {
      id: row.id,
      status: 'pending',
      attempts: row.attempts,
      leaseUntil: Or(IsNull(), LessThanOrEqual(now)),
    };
    const lease = { leaseUntil: new Date(now.getTime() + leaseMs) };
    return (await this.unitOfWork.update(entity, where, lease)) > 0;
  }

  /**
   * Records a claimed attempt: sent when `error` is null; failed on the last attempt or when
   * `final`; otherwise pending again after retryDelayMs. The lease is released either way.
   */
  async settle(
    entity: EntityTarget<ObjectLiteral>,
    row: DeliverableRow,
    error: string | null,
    { maxAttempts, final = false, also = {} }: SettleOptions,
  ): Promise<DeliveryOutcome> {
    const attempts = row.attempts + 1;
    const at = this.clock.now();
    const outcome: DeliveryOutcome =
      error === null ? 'sent' : final || attempts >= maxAttempts ? 'failed' : 'retry';
    const state =
      outcome === 'sent'
        ? { status: 'sent', sentAt: at }
        : outcome === 'failed'
          ? { status: 'failed' }
          : { nextAttemptAt: new Date(at.getTime() + retryDelayMs(attempts)) };
    const changes = {
      ...also,
      attempts,
      leaseUntil: null,
      lastError: error,
      ...state,
    };
    await this.unitOfWork.update(entity, { id: row.id }, changes);
    return outcome;
  }
}
