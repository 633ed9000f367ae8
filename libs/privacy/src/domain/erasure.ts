import { AggregateRoot } from '@app/kernel';
import { ERASURE_CONTEXTS, isErasureContext } from './erasure-contexts.js';
import type { ErasureSubject, SubjectFingerprint } from './erasure-subject.js';
import { ErasureRequestedEvent } from './events/erasure-requested.event.js';

export type ErasureStatus = 'pending' | 'completed';

/** Who asked: the API key of the request. */
export interface Requester {
  keyId: string | null;
  name: string;
}

/** One context's part of an erasure. */
export interface ErasureStep {
  context: string;
  status: ErasureStatus;
  rowsAffected: number | null;
  completedAt: Date | null;
}

export interface ErasureProps {
  id: string;
  fingerprint: SubjectFingerprint;
  requestedBy: Requester;
  requestedAt: Date;
  completedAt: Date | null;
  /** The customer id and email, kept only until every context has erased its part. */
  subject: ErasureSubject | null;
  steps: ErasureStep[];
}

/**
 * A request to erase one customer's personal data everywhere, and its audit: who asked, when,
 * and what each context did. Pending until every context has reported; then the subject is
 * forgotten and only its keyed hashes stay.
 */
export class Erasure extends AggregateRoot {
  private constructor(private props: ErasureProps) {
    super();
  }

  static request(
    input: { subject: ErasureSubject; fingerprint: SubjectFingerprint; requestedBy: Requester },
    id: string,
    now: Date,
  ): Erasure {
    const erasure = new Erasure({
      id,
      ...input,
      requestedAt: now,
      completedAt: null,
      steps: ERASURE_CONTEXTS.map((context) => ({
        context,
        status: 'pending',
        rowsAffected: null,
        completedAt: null,
      })),
    });
    erasure.record(new ErasureRequestedEvent({ erasureId: id }, { occurredAt: now }));
    return erasure;
  }

  static restore(props: ErasureProps): Erasure {
    return new Erasure({ ...props, steps: props.steps.map((step) => ({ ...step })) });
  }

  get id(): string {
    return this.props.id;
  }

  get status(): ErasureStatus {
    return this.props.completedAt ? 'completed' : 'pending';
  }

  get snapshot(): Readonly<ErasureProps> {
    return this.props;
  }

  /**
   * Records that `context` erased its part. A second report of the same context (a redelivered
   * event) and a context not taking part change nothing. The last report completes the erasure
   * and forgets the subject.
   */
  recordContextErased(context: string, rowsAffected: number, at: Date): void {
    if (!isErasureContext(context)) return;
    const step = this.props.steps.find((candidate) => candidate.context === context);
    if (!step || step.status === 'completed') return;
    step.status = 'completed';
    step.rowsAffected = rowsAffected;
    step.completedAt = at;
    if (this.props.steps.every((candidate) => candidate.status === 'completed')) {
      this.props = { ...this.props, completedAt: at, subject: null };
    }
  }
}
