import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  forecastHistories,
  type NoPurchaseForecast,
  type PurchaseHistory,
} from '../../../domain/analysis/purchase-forecasts.js';
import {
  fitComparisonModel,
  fitPurchaseModel,
  givenPurchaseModel,
  noPurchaseModel,
} from '../../../domain/analysis/purchase-model.js';
import { toRfmPoint } from '../../../domain/models/customer-summary.js';
import { invalidPurchaseOutlook } from '../../../domain/ltv.errors.js';
import { PurchaseHistoryReader } from '../../../infrastructure/purchase-history-reader.js';
import {
  type CustomerPurchaseOutlook,
  GetPurchaseOutlookQuery,
  type PurchaseOutlook,
} from './get-purchase-outlook.query.js';

@QueryHandler(GetPurchaseOutlookQuery)
export class GetPurchaseOutlookHandler implements IQueryHandler<GetPurchaseOutlookQuery> {
  constructor(private readonly reader: PurchaseHistoryReader) {}

  async execute({
    asOfDay,
    horizonDays,
    options,
  }: GetPurchaseOutlookQuery): Promise<PurchaseOutlook> {
    if (!Number.isSafeInteger(asOfDay)) {
      throw invalidPurchaseOutlook('asOfDay', 'asOfDay must be a whole UTC day number.');
    }
    if (!Number.isSafeInteger(horizonDays) || horizonDays < 1) {
      throw invalidPurchaseOutlook(
        'horizonDays',
        'horizonDays must be a whole number of days, at least 1.',
      );
    }
    const { customerId, params, compareModels = false } = options;
    // Given parameters (or none wanted) and no comparison: nothing is fitted, so the base is
    // not read at all.
    const needsBase = params === undefined || compareModels;
    const [groups, histories] = await Promise.all([
      needsBase ? this.reader.historyGroups(asOfDay) : [],
      this.reader.purchaseDays(asOfDay, customerId),
    ]);
    const base = groups.map((group) => toRfmPoint(group, group.customers));
    const model =
      params === null
        ? noPurchaseModel('No purchase model was asked for.')
        : params
          ? givenPurchaseModel(params)
          : fitPurchaseModel(base);
    const mbgNbd = compareModels ? fitComparisonModel(base) : null;
    const outcome = model.params
      ? forecastHistories(
          histories,
          model.params,
          mbgNbd?.converged ? mbgNbd.params : null,
          asOfDay,
          horizonDays,
        )
      : { forecasts: null, reason: model.reason };
    return {
      asOfDay,
      horizonDays,
      basis: {
        method: outcome.forecasts ? 'bg-nbd' : 'none',
        reason: outcome.reason,
        customers: model.customers,
        params: outcome.forecasts ? model.params : null,
        mbgNbd: mbgNbd && { params: mbgNbd.params, converged: mbgNbd.converged },
      },
      customers: histories.map((history, i) =>
        customerOutlook(history, outcome.forecasts?.[i] ?? null, compareModels),
      ),
    };
  }
}

function customerOutlook(
  { customerId, purchaseDays }: PurchaseHistory,
  forecast: NoPurchaseForecast | null,
  compareModels: boolean,
): CustomerPurchaseOutlook {
  return {
    customerId,
    purchaseDays,
    repeatPurchases: purchaseDays.length - 1,
    expectedPurchases: forecast?.expectedPurchases ?? null,
    probabilityAlive: forecast?.probabilityAlive ?? null,
    probabilityNoPurchase: forecast?.probabilityNoPurchase ?? null,
    references: forecast
      ? { ifBoughtToday: forecast.ifBoughtToday, asNewBuyer: forecast.asNewBuyer }
      : null,
    alternatives:
      forecast && compareModels
        ? { bgNbdExact: forecast.bgNbdExact, mbgNbdExact: forecast.mbgNbdExact }
        : null,
  };
}
