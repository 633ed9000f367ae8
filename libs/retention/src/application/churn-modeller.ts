import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { GetPurchaseOutlookQuery, type PurchaseModelParams, type PurchaseOutlook } from '@app/ltv';
import {
  BUYER_PRIORS,
  type ChurnModel,
  priors,
  VISITOR_PRIORS,
} from '../domain/churn/churn-model.js';
import { fitChurnModel } from '../domain/churn/churn-training.js';
import {
  assessCustomer,
  type BuyerOutlook,
  type CustomerAssessment,
  type CustomerHistory,
} from '../domain/customer-assessment.js';
import { ActivityReader } from '../infrastructure/activity-reader.js';

/** The base as known on one day: every customer's history and LTV's outlook on its buyers. */
export interface BaseAtDay {
  day: number;
  horizonDays: number;
  histories: Map<string, CustomerHistory>;
  /** Buyers' outlook where LTV's purchase model could be used that day. */
  outlooks: Map<string, BuyerOutlook>;
  purchaseModel: ChurnModel['purchaseModel'];
  /** LTV's whole answer, for the backtest's comparison of purchase models. */
  purchaseOutlook: PurchaseOutlook;
}

export interface BaseOptions {
  customerId?: string;
  /**
   * Apply these purchase-model parameters rather than fitting LTV's model again; null: no
   * purchase model, the purchase days only.
   */
  params?: PurchaseModelParams | null;
  compareModels?: boolean;
}

/**
 * Reads the base (events from this context, purchases through LTV's published query), fits the
 * churn model on it and assesses customers. Events and purchases are read up to the day asked,
 * so a backtest sees only what was known then.
 */
@Injectable()
export class ChurnModeller {
  constructor(
    private readonly queries: QueryBus,
    private readonly activity: ActivityReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get horizonDays(): number {
    return this.config.retention.churnHorizonDays;
  }

  async baseAt(day: number, horizonDays: number, options: BaseOptions = {}): Promise<BaseAtDay> {
    const events = await this.activity.byCustomer(day, options.customerId);
    const purchaseOutlook = await this.queries.execute(
      new GetPurchaseOutlookQuery(day, horizonDays, options),
    );
    const histories = new Map<string, CustomerHistory>();
    for (const [customerId, activity] of events)
      histories.set(customerId, { activity, purchaseDays: [] });
    for (const customer of purchaseOutlook.customers) {
      const history = histories.get(customer.customerId);
      if (history) history.purchaseDays = customer.purchaseDays;
      else
        histories.set(customer.customerId, { activity: [], purchaseDays: customer.purchaseDays });
    }
    const { basis } = purchaseOutlook;
    return {
      day,
      horizonDays,
      histories,
      outlooks: outlooksOf(purchaseOutlook),
      purchaseModel: { method: basis.method, reason: basis.reason, params: basis.params },
      purchaseOutlook,
    };
  }

  /**
   * Fits the model on `base`'s own history (see churn-training.ts): LTV is asked for its outlook
   * on the buyers as it stood one horizon before the base's day.
   */
  async fit(base: BaseAtDay): Promise<ChurnModel> {
    const split = await this.queries.execute(
      new GetPurchaseOutlookQuery(base.day - base.horizonDays, base.horizonDays),
    );
    return fitChurnModel({
      day: base.day,
      horizonDays: base.horizonDays,
      halfLifeDays: this.config.retention.decayHalfLifeDays,
      histories: base.histories,
      outlooksAtSplit: outlooksOf(split),
      purchaseModel: base.purchaseModel,
    });
  }

  /** Every customer of `base` known by its day, assessed under `model`. */
  *assessAll(base: BaseAtDay, model: ChurnModel): Generator<[string, CustomerAssessment]> {
    for (const [customerId, history] of base.histories) {
      const assessment = this.assess(history, base.day, model, base.outlooks.get(customerId));
      if (assessment) yield [customerId, assessment];
    }
  }

  assess(
    history: CustomerHistory,
    day: number,
    model: ChurnModel,
    outlook: BuyerOutlook | undefined,
  ): CustomerAssessment | null {
    const { decayHalfLifeDays, riskThresholds } = this.config.retention;
    return assessCustomer(history, day, model, outlook ?? null, {
      halfLifeDays: decayHalfLifeDays,
      riskThresholds,
    });
  }

  /** The model before any recalculation has fitted one: the documented priors throughout. */
  priorModel(day: number, reason: string): ChurnModel {
    return {
      horizonDays: this.horizonDays,
      asOfDay: day,
      purchaseModel: { method: 'none', reason, params: null },
      buyers: priors(BUYER_PRIORS, reason),
      visitors: priors(VISITOR_PRIORS, reason),
    };
  }
}

function outlooksOf(outlook: PurchaseOutlook): Map<string, BuyerOutlook> {
  const outlooks = new Map<string, BuyerOutlook>();
  for (const { customerId, probabilityNoPurchase, references } of outlook.customers)
    if (probabilityNoPurchase !== null && references !== null)
      outlooks.set(customerId, { probabilityNoPurchase, ...references });
  return outlooks;
}
