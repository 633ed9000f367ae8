import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { inCustomerWindow } from '@app/platform';
import { DataSource } from 'typeorm';
import { LtvTransactionOrmEntity } from '../../../infrastructure/ltv-transaction.orm-entity.js';
import {
  ListCustomerTransactionsQuery,
  type TransactionRecord,
} from './list-customer-transactions.query.js';

@QueryHandler(ListCustomerTransactionsQuery)
export class ListCustomerTransactionsHandler implements IQueryHandler<ListCustomerTransactionsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(query: ListCustomerTransactionsQuery): Promise<TransactionRecord[]> {
    const rows = await inCustomerWindow(
      this.dataSource.getRepository(LtvTransactionOrmEntity).createQueryBuilder('transaction'),
      {
        customer: 'transaction.customerId',
        time: 'transaction.occurredAt',
        id: 'transaction.transactionId',
      },
      query,
    ).getMany();
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
