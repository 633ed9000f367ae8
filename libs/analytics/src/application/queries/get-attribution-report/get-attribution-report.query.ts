import { Query } from '@nestjs/cqrs';
import type { AttributionModel } from '../../../domain/attribution-model.js';
import type { AttributionReportView } from './attribution-report.view.js';

export interface AttributionRequest {
  model: AttributionModel;
  /** time_decay only; its default otherwise. */
  halfLifeHours?: number;
  /** Default: 30 days before `to`. */
  from?: Date;
  /** Default: now. */
  to?: Date;
  /** Default: tracking's conversion lookback (CONVERSION_LOOKBACK_DAYS). */
  lookbackDays?: number;
}

/** Conversions of a period credited to campaigns and affiliates under one model. */
export class GetAttributionReportQuery extends Query<AttributionReportView> {
  constructor(readonly request: AttributionRequest) {
    super();
  }
}
