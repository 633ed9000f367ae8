import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LtvModelFitOrmEntity } from '../../../infrastructure/ltv-model-fit.orm-entity.js';
import { LtvPredictionOrmEntity } from '../../../infrastructure/ltv-prediction.orm-entity.js';
import { customerLtvView } from './customer-ltv-view.js';
import { type CustomerLtvView, GetCustomerLtvQuery } from './get-customer-ltv.query.js';

@QueryHandler(GetCustomerLtvQuery)
export class GetCustomerLtvHandler implements IQueryHandler<GetCustomerLtvQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ customerId }: GetCustomerLtvQuery): Promise<CustomerLtvView | null> {
    const prediction = await this.dataSource.manager.findOneBy(LtvPredictionOrmEntity, {
      customerId,
    });
    if (!prediction) return null;
    const fit = await this.dataSource.manager.findOneBy(LtvModelFitOrmEntity, {
      id: prediction.fitId,
    });
    return fit ? customerLtvView(prediction, fit) : null;
  }
}
