import type { ConversionRejection } from './conversion-payout.js';
import type { ConversionStatus } from './conversion-status.js';
import type { FraudulentClickConversions } from './tracked-campaign.js';

export type ConversionStatusReason = 'fraudulent_click' | ConversionRejection['reason'];

export interface ConversionVerdict {
  status: ConversionStatus;
  reason: ConversionStatusReason | null;
}

/** What the conversion path knows of the click a postback names. */
export interface ConvertedClick {
  isBot: boolean;
  isBlocked: boolean;
  /** offer or safe_page */
  destinationKind: string;
}

/**
 * A click the tracker sent to the safe page never saw the offer, so a sale "from" it is not the
 * affiliate's work: a bot, blocked traffic, or a click the campaign refused (paused, over budget,
 * not targeted). Bot and blocked clicks always went to the safe page; both are checked anyway.
 */
export function isFraudulentClick(click: ConvertedClick): boolean {
  return click.isBot || click.isBlocked || click.destinationKind !== 'offer';
}

/**
 * The status a postback's conversion is stored with. The advertiser's status is believed only
 * for a click that reached the offer in time: a fraudulent click's conversion is rejected, or,
 * when the campaign asks for review, held pending (an advertiser's own rejection stands); one
 * past the lookback window is rejected. The click never changes, so every later postback of
 * the same conversion reaches the same verdict and cannot approve it either.
 */
export function conversionVerdict(
  requested: ConversionStatus,
  click: ConvertedClick,
  handling: FraudulentClickConversions,
  tooLate: ConversionRejection | null,
): ConversionVerdict {
  const fraudulent = isFraudulentClick(click);
  if (fraudulent && handling === 'reject')
    return { status: 'rejected', reason: 'fraudulent_click' };
  if (tooLate) return { status: tooLate.status, reason: tooLate.reason };
  if (fraudulent) {
    return {
      status: requested === 'approved' ? 'pending' : requested,
      reason: 'fraudulent_click',
    };
  }
  return { status: requested, reason: null };
}
