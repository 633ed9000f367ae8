import { lookup } from 'node:dns/promises';

/**
 * Resolves a host name to its addresses, for the check made when a URL to call is saved. A port
 * so that tests can answer without asking a DNS server off the machine.
 */
export abstract class HostResolver {
  abstract resolve(hostname: string): Promise<string[]>;
}

/** The system's resolver (hosts file, then DNS), as the guarded client's connections use. */
export class SystemHostResolver extends HostResolver {
  async resolve(hostname: string): Promise<string[]> {
    return (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);
  }
}
