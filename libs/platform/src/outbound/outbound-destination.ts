import { isIP } from 'node:net';
import { addressRefusal } from './outbound-address-policy.js';

/** The addresses a host name resolves to. */
export type HostLookup = (hostname: string) => Promise<string[]>;

/** A save should not hang on a slow resolver; the check at call time stands anyway. */
const LOOKUP_TIMEOUT_MS = 5_000;

/**
 * Why a URL someone chose for the platform to call may not be called, judged when it is saved
 * (such as "localhost resolves to 127.0.0.1, a loopback address"), or null when it may. An IP
 * literal is judged as written, without DNS or any connection; a name by every address it
 * resolves to now. A URL that does not parse, or a name that does not resolve (yet), is not
 * refused here: the URL's own validation reports the first, and the guarded client checks the
 * address it actually connects to at every call, which is what stops a name whose DNS changes.
 */
export async function destinationRefusal(
  url: string,
  allowList: readonly string[],
  lookupHost: HostLookup,
): Promise<string | null> {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  if (isIP(literal) !== 0) {
    const refusal = addressRefusal(literal, allowList);
    return refusal && `${literal} is ${refusal}`;
  }
  const addresses = await resolved(host, lookupHost);
  for (const address of addresses) {
    const refusal = addressRefusal(address, allowList);
    if (refusal) return `${host} resolves to ${address}, ${refusal}`;
  }
  return null;
}

async function resolved(host: string, lookupHost: HostLookup): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string[]>((resolve) => {
    timer = setTimeout(() => resolve([]), LOOKUP_TIMEOUT_MS);
  });
  try {
    return await Promise.race([lookupHost(host).catch(() => []), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
