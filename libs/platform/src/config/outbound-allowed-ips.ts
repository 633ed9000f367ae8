import { parseAddressList } from './address-list.js';

export interface ParsedOutboundAllowedIps {
  addresses: string[];
  /** A line for the start-up log when only the old name is set. */
  deprecation?: string;
  problems: string[];
}

const NAME = 'OUTBOUND_ALLOWED_IPS';
/** Its name while only affiliate postbacks called out; still read, with a warning. */
const OLD_NAME = 'AFFILIATE_POSTBACK_ALLOWED_IPS';

/**
 * Reads the private addresses outbound calls (affiliate postbacks, retention webhooks) may
 * reach. Both names at once are refused rather than one quietly winning: an operator who left
 * the old one behind would otherwise not know which list the platform obeys.
 */
export function parseOutboundAllowedIps(
  current: string | undefined,
  old: string | undefined,
): ParsedOutboundAllowedIps {
  if (current !== undefined && old !== undefined) {
    return {
      addresses: [],
      problems: [`${OLD_NAME}: replaced by ${NAME}; set only ${NAME}`],
    };
  }
  if (old !== undefined) {
    return {
      ...parseAddressList(OLD_NAME, old),
      deprecation: `${OLD_NAME} is deprecated: rename it ${NAME} (it now covers retention webhooks too).`,
    };
  }
  return parseAddressList(NAME, current);
}
