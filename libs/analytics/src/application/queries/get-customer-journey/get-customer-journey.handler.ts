import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { ListLeadsByClicksQuery } from '@app/leads';
import { ListCustomerTransactionsQuery } from '@app/ltv';
import { ListCustomerEventsQuery, ListCustomerMessagesQuery } from '@app/retention';
import { ListCustomerClicksQuery, ListCustomerConversionsQuery } from '@app/tracking';
import {
  JOURNEY_END,
  JOURNEY_START,
  type JourneyItem,
  journeyPage,
  journeyWindow,
  unknownCustomer,
} from '../../../domain/customer-journey.js';
import { type CustomerJourneyView, toCustomerJourneyView } from './customer-journey.view.js';
import { GetCustomerJourneyQuery } from './get-customer-journey.query.js';
import {
  clickItem,
  conversionItem,
  eventItem,
  leadItem,
  messageItem,
  transactionItem,
} from './journey-items.js';

/**
 * Asks every context for its oldest `limit + 1` steps of the customer in the window, through
 * their published queries, and merges them in time order. Leads are found through the
 * customer's clicks (a lead carries the click it came through, not a customer id).
 */
@QueryHandler(GetCustomerJourneyQuery)
export class GetCustomerJourneyHandler implements IQueryHandler<GetCustomerJourneyQuery> {
  constructor(private readonly queries: QueryBus) {}

  async execute({
    customerId,
    limit,
    from,
    to,
  }: GetCustomerJourneyQuery): Promise<CustomerJourneyView> {
    const window = journeyWindow(from, to);
    const items = await this.steps(customerId, window.from, window.to, limit + 1);
    if (items.length === 0 && !(await this.isKnown(customerId, from, to)))
      throw unknownCustomer(customerId);
    return toCustomerJourneyView(customerId, journeyPage(items, limit));
  }

  /** Known when anything of the customer exists anywhere, whatever the window asked for. */
  private async isKnown(customerId: string, from?: Date, to?: Date): Promise<boolean> {
    if (from === undefined && to === undefined) return false;
    return (await this.steps(customerId, JOURNEY_START, JOURNEY_END, 1)).length > 0;
  }

  private async steps(
    customerId: string,
    from: Date,
    to: Date,
    limit: number,
  ): Promise<JourneyItem[]> {
    const [clicks, conversions, transactions, messages, events] = await Promise.all([
      this.queries.execute(new ListCustomerClicksQuery([customerId], from, to, limit)),
      this.queries.execute(new ListCustomerConversionsQuery(customerId, from, to, limit)),
      this.queries.execute(new ListCustomerTransactionsQuery(customerId, from, to, limit)),
      this.queries.execute(new ListCustomerMessagesQuery(customerId, from, to, limit)),
      this.queries.execute(new ListCustomerEventsQuery(customerId, from, to, limit)),
    ]);
    const leads =
      clicks.length === 0
        ? []
        : await this.queries.execute(
            new ListLeadsByClicksQuery(
              clicks.map((click) => click.clickId),
              from,
              to,
              limit,
            ),
          );
    return [
      ...clicks.map(clickItem),
      ...leads.map(leadItem),
      ...conversions.map(conversionItem),
      ...transactions.map(transactionItem),
      ...messages.map(messageItem),
      ...events.map(eventItem),
    ];
  }
}
