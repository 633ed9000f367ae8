import type { CallerScope } from '@app/platform';
import type { MoneyFiguresView } from '../get-campaign-performance/campaign-performance.view.js';
import type { ConversionView } from '../conversion.view.js';

/**
 * What each partner may not see of a conversion. An affiliate is paid `payout` and must not
 * learn what the advertiser pays the network (`revenue`), nor the advertiser's own customer
 * id, nor what the advertiser claimed it should be paid (`reportedPayout`, for the network to
 * reconcile). An advertiser pays `revenue` and must not learn the affiliate's `payout` (the network's
 * margin); it sees the affiliate's id, an opaque key to compare sources by, not who it is.
 */
export function hiddenConversionFields(caller: CallerScope): (keyof ConversionView)[] {
  if (caller.role === 'affiliate') return ['revenue', 'customerId', 'reportedPayout'];
  if (caller.role === 'advertiser') return ['payout'];
  return [];
}

/**
 * The same rule for money figures: `cost` is the affiliates' payout, `revenue` the
 * advertiser's payment, and profit, ROI and EPC are made from both sides. One list for a
 * campaign's performance and for analytics' traffic stats.
 */
const HIDDEN_MONEY = {
  affiliate: ['revenue', 'profit', 'epc', 'roi'],
  advertiser: ['cost', 'profit', 'roi'],
} as const;

export function hiddenMoneyFields(caller: CallerScope): (keyof MoneyFiguresView)[] {
  return caller.role === 'admin' ? [] : [...HIDDEN_MONEY[caller.role]];
}
