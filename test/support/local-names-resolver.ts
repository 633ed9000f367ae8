import { HostResolver, SystemHostResolver } from '@app/platform';

/** The names the specs give URLs, all in this machine's hosts file. */
const LOCAL_NAMES = new Set(['localhost']);

/**
 * The host resolver of every test app: the system's for the local names (answered from the
 * hosts file), "not found" for any other, so that no check of a saved URL sends a DNS query off
 * this machine (the hostile-input walker alone saves thousands of made-up URLs). The platform
 * leaves a name it cannot resolve to the guarded client's check at call time.
 */
export class LocalNamesResolver extends HostResolver {
  private readonly system = new SystemHostResolver();

  resolve(hostname: string): Promise<string[]> {
    if (LOCAL_NAMES.has(hostname.toLowerCase())) return this.system.resolve(hostname);
    return Promise.reject(new Error(`getaddrinfo ENOTFOUND ${hostname} (tests resolve no other)`));
  }
}
