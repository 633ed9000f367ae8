import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LtvTransactionOrmEntity } from '../../../infrastructure/ltv-transaction.orm-entity.js';
import {
  ListCustomerTransactionsQuery,
  type TransactionRecord,
} from './list-customer-transactions.query.js';

@QueryHandler(ListCustomerTransactionsQuery)
export class ListCustomerTransactionsHandler implements IQueryHandler<ListCustomerTransactionsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({
    customerId,
    from,
    to,
    limit,
  }: ListCustomerTransactionsQuery): Promise<TransactionRecord[]> {
    const rows = await this.dataSource
      .getRepository(LtvTransactionOrmEntity)
      .createQueryBuilder('transaction')
      .where('transaction.customerId = :customerId', { customerId })
      .andWhere('transaction.occurredAt >= :from AND transaction.occurredAt < :to', { from, to })
      .orderBy('transaction.occurredAt', 'ASC')
      .addOrderBy('transaction.transactionId', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map((row) => ({
      transactionId: row.transactionId,
      customerId: row.customerId,
      occurredAt: row.occurredAt,
      amountMinor: row.amountMinor,
      currency: row.currency,
      source: row.source,
      status: row.status,
      campaignId: row.campaignId,
      affiliateId: row.affiliateId,
    }));
  }
}
