import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** What a published "one customer's X in [from, to)" query asks for. */
export interface CustomerWindow {
  customerId: string;
  from: Date;
  to: Date;
  limit: number;
}

/** The properties such a list reads by, each as `alias.property`. */
export interface CustomerWindowColumns {
  customer: string;
  /** When the row happened: the window and the order. */
  time: string;
  /** Breaks ties of time, so that the order, and so the cut at `limit`, is stable. */
  id: string;
}

/**
 * One customer's rows in [from, to), oldest first (ties by id), at most `limit`: the window,
 * order and page every context's published list of a customer's history shares, read through
 * its (customer, time) index. The caller adds its own conditions and maps the rows.
 */
export function inCustomerWindow<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  columns: CustomerWindowColumns,
  { customerId, from, to, limit }: CustomerWindow,
): SelectQueryBuilder<T> {
  const { customer, time, id } = columns;
  return query
    .andWhere(`${customer} = :customerId`, { customerId })
    .andWhere(`${time} >= :from AND ${time} < :to`, { from, to })
    .orderBy(time, 'ASC')
    .addOrderBy(id, 'ASC')
    .limit(limit);
}
