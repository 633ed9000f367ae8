import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { DataSource, MoreThanOrEqual } from 'typeorm';
import { fingerprintOf } from '../../../domain/erasure-subject.js';
import { ErasureOrmEntity } from '../../../infrastructure/erasure.orm-entity.js';
import { CustomerErasedSinceQuery } from './customer-erased-since.query.js';

/** Answered from the audit's keyed hash: the customer id itself is not kept anywhere. */
@QueryHandler(CustomerErasedSinceQuery)
export class CustomerErasedSinceHandler implements IQueryHandler<CustomerErasedSinceQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ customerId, since }: CustomerErasedSinceQuery): Promise<boolean> {
    const { customerIdHash } = fingerprintOf({ customerId, email: null }, this.config.secretKey);
    return this.dataSource
      .getRepository(ErasureOrmEntity)
      .existsBy({ customerIdHash, requestedAt: MoreThanOrEqual(since) });
  }
}
