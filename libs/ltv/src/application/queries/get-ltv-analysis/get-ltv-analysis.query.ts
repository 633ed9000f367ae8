import { Query } from '@nestjs/cqrs';
import type { CohortPeriod } from '../../../domain/analysis/cohorts.js';
import type { LtvAnalysisView } from './ltv-analysis.view.js';

/** The base at a glance as of the newest fit (or now, before any fit). */
export class GetLtvAnalysisQuery extends Query<LtvAnalysisView> {
  constructor(readonly period: CohortPeriod) {
    super();
  }
}
