import { Money } from '@app/kernel';
import { invalidCampaignField } from './campaigns.errors.js';

export interface BudgetInput {
  total?: number | null;
  daily?: number | null;
}

/**
 * How much a campaign may spend, in its payout currency: a lifetime total, a daily cap, or
 * both (then daily <= total). Each limit is optional but, when set, above zero.
 */
export class Budget {
  private constructor(
    readonly total: Money | null,
    readonly daily: Money | null,
  ) {}

  /** Null when neither limit is set: the campaign is uncapped. */
  static parse(input: BudgetInput, currency: string, field = 'budget'): Budget | null {
    const total = Budget.limit(input.total, currency, `${field}.total`);
    const daily = Budget.limit(input.daily, currency, `${field}.daily`);
    if (total && daily && daily.isGreaterThan(total)) {
      throw invalidCampaignField(`${field}.daily`, 'daily must not exceed total.');
    }
    return total || daily ? new Budget(total, daily) : null;
  }

  static restore(
    totalMinor: number | null,
    dailyMinor: number | null,
    currency: string,
  ): Budget | null {
    if (totalMinor === null && dailyMinor === null) return null;
    return new Budget(
      totalMinor === null ? null : Money.ofMinor(totalMinor, currency),
      dailyMinor === null ? null : Money.ofMinor(dailyMinor, currency),
    );
  }

  get currency(): string {
    return (this.total ?? this.daily)!.currency;
  }

  private static limit(
    value: number | null | undefined,
    currency: string,
    field: string,
  ): Money | null {
    if (value === null || value === undefined) return null;
    const money = Money.fromDecimal(value, currency, field);
    if (!money.isPositive())
      throw invalidCampaignField(field, `${field.split('.').pop()} must be greater than 0.`);
    return money;
  }
}
