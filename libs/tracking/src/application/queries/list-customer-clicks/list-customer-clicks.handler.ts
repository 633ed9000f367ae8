import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, type SelectQueryBuilder } from 'typeorm';
import { ClickOrmEntity } from '../../../infrastructure/click.orm-entity.js';
import { ConversionOrmEntity } from '../../../infrastructure/conversion.orm-entity.js';
import type { CustomerClickRecord } from './customer-click-record.js';
import { ListCustomerClicksQuery } from './list-customer-clicks.query.js';

/** Bound parameters per statement, well under both databases' limits. */
const CHUNK = 500;
/** Clicks looked up by key per statement (two parameters each). */
const KEY_CHUNK = 200;

@QueryHandler(ListCustomerClicksQuery)
export class ListCustomerClicksHandler implements IQueryHandler<ListCustomerClicksQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({
    customerIds,
    from,
    to,
    limit,
  }: ListCustomerClicksQuery): Promise<CustomerClickRecord[]> {
    const found = new Map<string, CustomerClickRecord>();
    const add = (customerId: string, click: ClickOrmEntity) =>
      found.set(`${customerId}\n${click.id}`, toRecord(customerId, click));
    for (const ids of chunks([...new Set(customerIds)])) {
      for (const click of await this.clicksByExternalId(ids, from, to, limit))
        add(click.externalId!, click);
      for (const { customerId, click } of await this.clicksOfConversions(ids, from, to, limit))
        add(customerId, click);
    }
    const sorted = [...found.values()].sort(
      (a, b) =>
        a.clickedAt.getTime() - b.clickedAt.getTime() ||
        (a.clickId < b.clickId ? -1 : a.clickId > b.clickId ? 1 : 0),
    );
    return limit === null ? sorted : sorted.slice(0, limit);
  }

  private clicksByExternalId(ids: string[], from: Date, to: Date, limit: number | null) {
    const query = this.inPeriod(
      this.dataSource
        .getRepository(ClickOrmEntity)
        .createQueryBuilder('click')
        .where('click.externalId IN (:...ids)', { ids }),
      'click.clickedAt',
      from,
      to,
    ).orderBy('click.clickedAt', 'ASC');
    if (limit !== null) query.limit(limit);
    return query.getMany();
  }

  /** The conversions name their clicks by the clicks' whole key, so each is a primary-key read. */
  private async clicksOfConversions(ids: string[], from: Date, to: Date, limit: number | null) {
    const conversionsQuery = this.inPeriod(
      this.dataSource
        .getRepository(ConversionOrmEntity)
        .createQueryBuilder('conversion')
        .select([
          'conversion.id',
          'conversion.customerId',
          'conversion.clickId',
          'conversion.clickedAt',
        ])
        .where('conversion.customerId IN (:...ids)', { ids }),
      'conversion.clickedAt',
      from,
      to,
    ).orderBy('conversion.clickedAt', 'ASC');
    if (limit !== null) conversionsQuery.limit(limit);
    const conversions = await conversionsQuery.getMany();
    const owners = new Map<string, Set<string>>();
    for (const { clickId, customerId } of conversions) {
      const set = owners.get(clickId) ?? new Set<string>();
      set.add(customerId!);
      owners.set(clickId, set);
    }
    const clicks: { customerId: string; click: ClickOrmEntity }[] = [];
    const keys = new Map(conversions.map(({ clickId, clickedAt }) => [clickId, clickedAt]));
    for (const chunk of chunks([...keys], KEY_CHUNK)) {
      // Each click by its whole primary key (clicked_at, id): an index probe per click, where a
      // range over clicked_at would read every click of the period.
      const query = this.dataSource.getRepository(ClickOrmEntity).createQueryBuilder('click');
      query.where(
        new Brackets((any) =>
          chunk.forEach(([id, clickedAt], i) =>
            any.orWhere(`(click.clickedAt = :at${i} AND click.id = :id${i})`, {
              [`at${i}`]: clickedAt,
              [`id${i}`]: id,
            }),
          ),
        ),
      );
      for (const click of await query.getMany())
        for (const customerId of owners.get(click.id) ?? []) clicks.push({ customerId, click });
    }
    return clicks;
  }

  private inPeriod<T extends object>(
    query: SelectQueryBuilder<T>,
    column: string,
    from: Date,
    to: Date,
  ): SelectQueryBuilder<T> {
    return query.andWhere(`${column} >= :from`, { from }).andWhere(`${column} < :to`, { to });
  }
}

function toRecord(customerId: string, click: ClickOrmEntity): CustomerClickRecord {
  return {
    customerId,
    clickId: click.id,
    clickedAt: click.clickedAt,
    campaignId: click.campaignId,
    affiliateId: click.affiliateId,
    reachedOffer: click.destinationKind === 'offer',
    isBot: click.isBot,
    isUnique: click.isUnique,
    reasons: click.reasons,
    country: click.country,
    deviceType: click.deviceType,
    externalId: click.externalId,
  };
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
