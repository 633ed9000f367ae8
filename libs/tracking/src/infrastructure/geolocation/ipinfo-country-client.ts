import countries from 'i18n-iso-countries';

/** Why a question to the hosted service got no usable answer (not "no country": that is null). */
export class HostedLookupError extends Error {}

/** Asks a hosted service for the country of one IP address. */
export interface CountryService {
  /** ISO 3166-1 alpha-2, or null when the service knows no country for the address. */
  countryOf(ip: string): Promise<string | null>;
}

/**
 * ipinfo.io's country endpoint (`GET /{ip}/country`, answered in plain text). The token travels
 * in the Authorization header, not the URL, so it stays out of proxies' access logs.
 */
export class IpinfoCountryClient implements CountryService {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly timeoutMs = 2_000,
  ) {}

  async countryOf(ip: string): Promise<string | null> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/${encodeURIComponent(ip)}/country`, {
        headers: { authorization: `Bearer ${this.token}`, accept: 'text/plain' },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new HostedLookupError(`the service did not answer: ${(error as Error).message}`);
    }
    const body = (await response.text()).trim();
    if (response.status === 404) return null;
    if (!response.ok) {
      throw new HostedLookupError(`the service answered ${response.status}: ${body.slice(0, 200)}`);
    }
    // Anything but a real alpha-2 code (a bogon notice, an HTML error page) is no country.
    const code = body.toUpperCase();
    return countries.isValid(code) && code.length === 2 ? code : null;
  }
}
