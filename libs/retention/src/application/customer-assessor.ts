import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { type CustomerLtvView, GetCustomerLtvQuery } from '@app/ltv';
import { assessCustomer, type CustomerAssessment } from '../domain/customer-assessment.js';
import type { DailyActivity } from '../domain/engagement-score.js';

export interface AssessedCustomer extends CustomerAssessment {
  customerId: string;
  ltv: CustomerLtvView | null;
}

/**
 * Assesses customers from their activity and, where LTV knows them, their P(alive): read
 * through LTV's published query, never its tables.
 */
@Injectable()
export class CustomerAssessor {
  constructor(
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assess(
    customerId: string,
    activity: readonly DailyActivity[],
    today: number,
  ): Promise<AssessedCustomer> {
    const ltv = await this.queries.execute(new GetCustomerLtvQuery(customerId));
    const { decayHalfLifeDays, riskThresholds } = this.config.retention;
    const assessment = assessCustomer(activity, today, ltv?.probabilityAlive ?? null, {
      halfLifeDays: decayHalfLifeDays,
      riskThresholds,
    });
    return { customerId, ltv, ...assessment };
  }
}
