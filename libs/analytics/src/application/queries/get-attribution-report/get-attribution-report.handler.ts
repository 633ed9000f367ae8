import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import {
  type ApprovedConversionsPage,
  type ConversionPosition,
  type ConversionRecord,
  type CustomerClickRecord,
  ListApprovedConversionsQuery,
  ListCustomerClicksQuery,
} from '@app/tracking';
import { AttributionLedger } from '../../../domain/attribution-ledger.js';
import { attributionPeriod, attributionSettings } from '../../../domain/attribution-settings.js';
import {
  type AttributableConversion,
  type Touch,
  touchesOf,
} from '../../../domain/customer-touchpoints.js';
import { type AttributionReportView, toAttributionReportView } from './attribution-report.view.js';
import { GetAttributionReportQuery } from './get-attribution-report.query.js';

/** Conversions credited per page: memory stays bounded however long the period. */
const PAGE_SIZE = 500;
const DAY_MS = 86_400_000;

/**
 * Reads the period's approved conversions from tracking a page at a time, with the clicks of
 * the customers they name from the lookback window before them, and credits each conversion
 * to its touches under the chosen model.
 */
@QueryHandler(GetAttributionReportQuery)
export class GetAttributionReportHandler implements IQueryHandler<GetAttributionReportQuery> {
  constructor(
    private readonly queries: QueryBus,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ request }: GetAttributionReportQuery): Promise<AttributionReportView> {
    const settings = attributionSettings(request.model, request.halfLifeHours);
    const { from, to } = attributionPeriod(request.from, request.to, this.clock.now());
    const lookbackDays = request.lookbackDays ?? this.config.conversionLookbackDays;
    const ledger = new AttributionLedger(settings);
    let after: ConversionPosition | null = null;
    do {
      const page: ApprovedConversionsPage = await this.queries.execute(
        new ListApprovedConversionsQuery(from, to, PAGE_SIZE, after),
      );
      const clicks = await this.clicksOfCustomers(page.conversions, lookbackDays);
      for (const record of page.conversions) {
        const conversion = attributable(record);
        const customerClicks = conversion.customerId ? clicks.get(conversion.customerId) : [];
        ledger.credit(conversion, touchesOf(conversion, customerClicks ?? [], lookbackDays));
      }
      after = page.next;
    } while (after);
    return toAttributionReportView(ledger, settings, { from, to, lookbackDays });
  }

  /** The clicks of the page's customers, from the lookback before its first conversion on. */
  private async clicksOfCustomers(
    conversions: ConversionRecord[],
    lookbackDays: number,
  ): Promise<Map<string, Touch[]>> {
    const customers = conversions.flatMap(({ customerId }) => (customerId ? [customerId] : []));
    const byCustomer = new Map<string, Touch[]>();
    if (customers.length === 0) return byCustomer;
    const first = conversions[0].convertedAt.getTime();
    const last = conversions[conversions.length - 1].convertedAt.getTime();
    const clicks: CustomerClickRecord[] = await this.queries.execute(
      new ListCustomerClicksQuery(
        customers,
        new Date(first - lookbackDays * DAY_MS),
        // The end is exclusive; a click in the conversion's own millisecond still counts.
        new Date(last + 1),
      ),
    );
    for (const click of clicks) {
      const touches = byCustomer.get(click.customerId) ?? [];
      touches.push(click);
      byCustomer.set(click.customerId, touches);
    }
    return byCustomer;
  }
}

function attributable(record: ConversionRecord): AttributableConversion {
  return {
    conversionId: record.conversionId,
    convertedAt: record.convertedAt,
    customerId: record.customerId,
    revenueMinor: record.revenueMinor ?? 0,
    currency: record.currency,
    ownClick: {
      clickId: record.clickId,
      clickedAt: record.clickedAt,
      campaignId: record.campaignId,
      affiliateId: record.affiliateId,
      reachedOffer: true,
    },
  };
}
