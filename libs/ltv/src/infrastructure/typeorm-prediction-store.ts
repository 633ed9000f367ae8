import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@app/platform';
import { type PredictionSession, PredictionStore } from '../domain/predictions/prediction-store.js';
import { TypeormPredictionSession } from './typeorm-prediction-session.js';

/** A prediction session is one unit of work: its writes commit together or not at all. */
@Injectable()
export class TypeormPredictionStore extends PredictionStore {
  constructor(private readonly unitOfWork: UnitOfWork) {
    super();
  }

  run<T>(work: (session: PredictionSession) => Promise<T>): Promise<T> {
    return this.unitOfWork.run(({ manager }) => work(new TypeormPredictionSession(manager)));
  }
}
