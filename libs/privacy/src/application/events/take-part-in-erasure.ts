import type { QueryBus } from '@nestjs/cqrs';
import type { Clock } from '@app/kernel';
import type { Transaction, UnitOfWork } from '@app/platform';
import type { ErasureContext } from '../../domain/erasure-contexts.js';
import type { ErasureSubject } from '../../domain/erasure-subject.js';
import type { ErasureRequestedEvent } from '../../domain/events/erasure-requested.event.js';
import { PersonalDataErasedEvent } from '../../domain/events/personal-data-erased.event.js';
import { GetErasureSubjectQuery } from '../queries/get-erasure-subject/get-erasure-subject.query.js';

/** What one context erases when asked. */
export interface ErasurePart {
  context: ErasureContext;
  /** The consumer name under which a redelivered request is recognised. */
  consumer: string;
  /** Erases the context's own data of `subject` in `tx`; answers the rows deleted or changed. */
  erase(tx: Transaction, subject: ErasureSubject): Promise<number>;
  /**
   * What must happen before, outside the transaction: asking another context to erase what
   * only this one can find (it runs again on a redelivery, so it must be harmless twice).
   */
  before?(subject: ErasureSubject): Promise<void>;
}

export interface ErasureParticipant {
  queries: QueryBus;
  unitOfWork: UnitOfWork;
  clock: Clock;
}

/**
 * A context's answer to ErasureRequested, the same protocol in every context: ask privacy
 * whose data it is (nothing when the erasure is complete already: a redelivery), then erase
 * and report PersonalDataErased in one transaction, once per request.
 */
export async function takePartInErasure(
  { queries, unitOfWork, clock }: ErasureParticipant,
  event: ErasureRequestedEvent,
  part: ErasurePart,
): Promise<void> {
  const { erasureId } = event.payload;
  const subject = await queries.execute(new GetErasureSubjectQuery(erasureId));
  if (!subject) return;
  await part.before?.(subject);
  await unitOfWork.run(async (tx) => {
    if (!(await tx.firstDelivery(part.consumer, event.eventId))) return;
    const rowsAffected = await part.erase(tx, subject);
    await tx.recordEvents([
      new PersonalDataErasedEvent(
        { erasureId, context: part.context, rowsAffected },
        { occurredAt: clock.now() },
      ),
    ]);
  });
}
