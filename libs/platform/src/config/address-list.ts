import { isIP } from 'node:net';
import isIPRangeModule from 'validator/lib/isIPRange.js';

const isIPRange = isIPRangeModule.default;

export interface ParsedAddressList {
  addresses: string[];
  problems: string[];
}

/**
 * Reads a comma-separated list of IP addresses and CIDR ranges (`10.0.0.5, 192.168.0.0/16`);
 * absent or empty means none. An entry that is neither is refused, naming it: a typo would
 * otherwise quietly leave an address unreachable.
 */
export function parseAddressList(variable: string, text: string | undefined): ParsedAddressList {
  const problems: string[] = [];
  const addresses = (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => {
      if (entry === '') return false;
      if (isIP(entry) !== 0 || isIPRange(entry)) return true;
      problems.push(
        `${variable}: ${JSON.stringify(entry)} is not an IP address or a CIDR range such as 10.0.0.0/8`,
      );
      return false;
    });
  return { addresses, problems };
}
