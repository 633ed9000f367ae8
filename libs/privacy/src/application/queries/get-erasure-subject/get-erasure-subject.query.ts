import { Query } from '@nestjs/cqrs';
import type { ErasureSubject } from '../../../domain/erasure-subject.js';

/**
 * Published for the contexts that take part in erasures: whose data an erasure is about.
 * Null once the erasure has completed (the subject is then forgotten) or when there is no
 * such erasure: there is nothing left to do.
 */
export class GetErasureSubjectQuery extends Query<ErasureSubject | null> {
  constructor(readonly erasureId: string) {
    super();
  }
}
