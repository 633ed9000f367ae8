import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LtvModelFitOrmEntity } from '../../../infrastructure/ltv-model-fit.orm-entity.js';
import { LtvPredictionOrmEntity } from '../../../infrastructure/ltv-prediction.orm-entity.js';
import { customerLtvView } from '../get-customer-ltv/customer-ltv-view.js';
import type { CustomerLtvView } from '../get-customer-ltv/get-customer-ltv.query.js';
import { ListCustomersLtvQuery } from './list-customers-ltv.query.js';

@QueryHandler(ListCustomersLtvQuery)
export class ListCustomersLtvHandler implements IQueryHandler<ListCustomersLtvQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(): Promise<Map<string, CustomerLtvView>> {
    const manager = this.dataSource.manager;
    const fits = new Map(
      (await manager.find(LtvModelFitOrmEntity)).map((fit) => [fit.id, fit] as const),
    );
    const views = new Map<string, CustomerLtvView>();
    for (const prediction of await manager.find(LtvPredictionOrmEntity)) {
      const fit = fits.get(prediction.fitId);
      if (fit) views.set(prediction.customerId, customerLtvView(prediction, fit));
    }
    return views;
  }
}
