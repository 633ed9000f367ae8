import { Money, ValidationError } from '@app/platform';
import { invalidCampaignField } from './campaigns.errors.js';

export const PAYOUT_MODELS = ['CPA', 'CPL', 'CPS', 'CPC', 'REVSHARE'] as const;
export type PayoutModel = (typeof PAYOUT_MODELS)[number];

export interface PayoutInput {
  model: PayoutModel;
  amount: number;
  currency: string;
}

/**
 * What an affiliate earns per conversion. Fixed models (CPA, CPL, CPS, CPC) pay an amount of
 * money; REVSHARE pays a percentage (0 < p <= 100, two decimals) of the conversion's revenue,
 * in `currency`. Both are held as integers: minor units, or hundredths of a percent.
 */
export class Payout {
  private constructor(
    readonly model: PayoutModel,
    /** Minor units of `currency`, or basis points (1/100 %) for REVSHARE. */
    readonly amountUnits: number,
    readonly currency: string,
  ) {}

  static parse(input: PayoutInput, field = 'payout'): Payout {
    if (typeof input !== 'object' || input === null)
      throw invalidCampaignField(field, 'payout must be an object.');
    if (!(PAYOUT_MODELS as readonly string[]).includes(input.model)) {
      throw invalidCampaignField(
        `${field}.model`,
        `model must be one of ${PAYOUT_MODELS.join(', ')}.`,
      );
    }
    if (input.model === 'REVSHARE') {
      const { currency } = Money.ofMinor(0, input.currency, `${field}.currency`);
      return new Payout(
        'REVSHARE',
        Payout.percentToBasisPoints(input.amount, `${field}.amount`),
        currency,
      );
    }
    const money = Money.fromDecimal(
      input.amount,
      input.currency,
      `${field}.amount`,
      `${field}.currency`,
    );
    if (!money.isPositive()) {
      throw invalidCampaignField(`${field}.amount`, 'amount must be greater than 0.');
    }
    return new Payout(input.model, money.minor, money.currency);
  }

  static restore(model: PayoutModel, amountUnits: number, currency: string): Payout {
    return new Payout(model, amountUnits, currency);
  }

  /** The amount as sent on the wire: major units of money, or a percentage for REVSHARE. */
  get amount(): number {
    return this.model === 'REVSHARE'
      ? this.amountUnits / 100
      : Money.ofMinor(this.amountUnits, this.currency).toDecimal();
  }

  private static percentToBasisPoints(percent: number, field: string): number {
    let basisPoints: number;
    try {
      // A percentage has two decimals like a two-decimal currency: reuse the exact parser.
      basisPoints = Money.fromDecimal(percent, 'USD', field).minor;
    } catch (error) {
      if (error instanceof ValidationError) {
        throw invalidCampaignField(field, 'A REVSHARE percentage has at most 2 decimal places.');
      }
      throw error;
    }
    if (basisPoints <= 0 || basisPoints > 10_000) {
      throw invalidCampaignField(
        field,
        'A REVSHARE percentage must be greater than 0 and at most 100.',
      );
    }
    return basisPoints;
  }
}
