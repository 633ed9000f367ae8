import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@app/platform';
import { EnrolmentCandidates, type EnrolmentSession } from '../domain/enrolment-candidates.js';
import { TypeormEnrolmentSession } from './typeorm-enrolment-session.js';

/** An enrolment session is one unit of work: a campaign's enrolments and messages commit together. */
@Injectable()
export class TypeormEnrolmentCandidates extends EnrolmentCandidates {
  constructor(private readonly unitOfWork: UnitOfWork) {
    super();
  }

  run<T>(work: (session: EnrolmentSession) => Promise<T>): Promise<T> {
    return this.unitOfWork.run(({ manager }) => work(new TypeormEnrolmentSession(manager)));
  }
}
