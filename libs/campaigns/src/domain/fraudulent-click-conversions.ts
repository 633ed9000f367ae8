import { invalidCampaignField } from './campaigns.errors.js';

/**
 * What becomes of a conversion reported on a click the tracker sent to the safe page (a bot,
 * blocked traffic, a click the campaign could not take): `reject` it (the default), or hold it
 * `review`, pending. Either way no postback can approve it.
 */
export const FRAUDULENT_CLICK_CONVERSIONS = ['reject', 'review'] as const;
export type FraudulentClickConversions = (typeof FRAUDULENT_CLICK_CONVERSIONS)[number];

export function parseFraudulentClickConversions(
  value: string | null | undefined,
): FraudulentClickConversions {
  if (value === undefined || value === null) return 'reject';
  if (!(FRAUDULENT_CLICK_CONVERSIONS as readonly string[]).includes(value)) {
    throw invalidCampaignField(
      'fraudulentClickConversions',
      `fraudulentClickConversions must be one of ${FRAUDULENT_CLICK_CONVERSIONS.join(', ')}.`,
    );
  }
  return value as FraudulentClickConversions;
}
