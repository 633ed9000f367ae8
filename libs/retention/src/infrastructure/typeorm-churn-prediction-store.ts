import { Injectable } from '@nestjs/common';
import { newId } from '@app/kernel';
import { UnitOfWork } from '@app/platform';
import type { ChurnModel } from '../domain/churn/churn-model.js';
import {
  ChurnPredictionStore,
  type ChurnPredictionRecord,
} from '../domain/churn/churn-prediction-store.js';
import { ChurnModelOrmEntity } from './churn-model.orm-entity.js';
import { ChurnPredictionOrmEntity } from './churn-prediction.orm-entity.js';

/** Rows per INSERT: well under SQLite's bound-parameter limit at 18 columns a row. */
const CHUNK = 200;

@Injectable()
export class TypeormChurnPredictionStore extends ChurnPredictionStore {
  constructor(private readonly unitOfWork: UnitOfWork) {
    super();
  }

  async replace(
    predictions: readonly ChurnPredictionRecord[],
    model: ChurnModel,
    fittedAt: Date,
  ): Promise<void> {
    await this.unitOfWork.run(async ({ manager }) => {
      await manager.createQueryBuilder().delete().from(ChurnPredictionOrmEntity).execute();
      for (let i = 0; i < predictions.length; i += CHUNK)
        await manager.insert(ChurnPredictionOrmEntity, predictions.slice(i, i + CHUNK));
      await manager.createQueryBuilder().delete().from(ChurnModelOrmEntity).execute();
      await manager.insert(ChurnModelOrmEntity, {
        id: newId(),
        asOfDay: model.asOfDay,
        horizonDays: model.horizonDays,
        model,
        fittedAt,
      });
    });
  }
}
