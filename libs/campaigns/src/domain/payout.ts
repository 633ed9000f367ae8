import { Money, ValidationCollector, ValidationError } from '@app/kernel';
import { CampaignsErrorCode, invalidCampaignField } from './campaigns.errors.js';
import { PAYOUT_MODELS, type PayoutModel } from './payout-model.js';
import { type PayoutPolicy, policyFor } from './payout-policy.js';

export interface PayoutInput {
  model: PayoutModel;
  amount: number;
  currency: string;
  /** Absent: the model's own rule (revenue_share for REVSHARE, fixed otherwise). */
  policy?: PayoutPolicy | null;
  /** Major units; required by from_postback, refused by the other policies. */
  maxAmount?: number | null;
}

/**
 * What an affiliate earns per conversion. Fixed models (CPA, CPL, CPS, CPC) pay an amount of
 * money; REVSHARE pays a percentage (0 < p <= 100, two decimals) of the conversion's revenue,
 * in `currency`. Both are held as integers: minor units, or hundredths of a percent. The
 * policy says what a postback's own payout is worth (see payout-policy.ts).
 */
export class Payout {
  private constructor(
    readonly model: PayoutModel,
    /** Minor units of `currency`, or basis points (1/100 %) for REVSHARE. */
    readonly amountUnits: number,
    readonly currency: string,
    readonly policy: PayoutPolicy,
    /** from_postback's cap in minor units of `currency`; null for the other policies. */
    readonly maxUnits: number | null,
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
    const checks = new ValidationCollector();
    const policy = checks.check(() => policyFor(input.model, input.policy, `${field}.policy`));
    const terms = checks.check(() => Payout.parseTerms(input, field));
    const maxUnits =
      terms && policy ? checks.check(() => Payout.parseMax(input, policy, terms, field)) : null;
    checks.throwIfAny(CampaignsErrorCode.InvalidCampaign, 'The payout is invalid.');
    return new Payout(input.model, terms!.amountUnits, terms!.currency, policy!, maxUnits ?? null);
  }

  /** The amount (or share) and currency, as the model reads them. */
  private static parseTerms(
    input: PayoutInput,
    field: string,
  ): { amountUnits: number; currency: string } {
    if (input.model === 'REVSHARE') {
      const { currency } = Money.ofMinor(0, input.currency, `${field}.currency`);
      return {
        amountUnits: Payout.percentToBasisPoints(input.amount, `${field}.amount`),
        currency,
      };
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
    return { amountUnits: money.minor, currency: money.currency };
  }

  /** from_postback needs a cap no lower than its own amount; the other policies take none. */
  private static parseMax(
    input: PayoutInput,
    policy: PayoutPolicy,
    terms: { amountUnits: number; currency: string },
    field: string,
  ): number | null {
    const given = input.maxAmount !== undefined && input.maxAmount !== null;
    if (policy !== 'from_postback') {
      if (given)
        throw invalidCampaignField(`${field}.maxAmount`, 'maxAmount is only for from_postback.');
      return null;
    }
    if (!given) {
      throw invalidCampaignField(
        `${field}.maxAmount`,
        'from_postback needs maxAmount, the most one postback may pay.',
      );
    }
    const max = Money.fromDecimal(input.maxAmount!, terms.currency, `${field}.maxAmount`).minor;
    if (max < terms.amountUnits) {
      throw invalidCampaignField(
        `${field}.maxAmount`,
        'maxAmount must be at least amount, the payout of a postback that states none.',
      );
    }
    return max;
  }

  static restore(
    model: PayoutModel,
    amountUnits: number,
    currency: string,
    policy: PayoutPolicy,
    maxUnits: number | null,
  ): Payout {
    return new Payout(model, amountUnits, currency, policy, maxUnits);
  }

  /** The amount as sent on the wire: major units of money, or a percentage for REVSHARE. */
  get amount(): number {
    return this.model === 'REVSHARE'
      ? this.amountUnits / 100
      : Money.ofMinor(this.amountUnits, this.currency).toDecimal();
  }

  /** The cap in major units, as sent on the wire; null when the policy has none. */
  get maxAmount(): number | null {
    return this.maxUnits === null ? null : Money.ofMinor(this.maxUnits, this.currency).toDecimal();
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
