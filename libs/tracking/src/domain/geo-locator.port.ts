/**
 * Where a visitor is, from their IP address. A port: the offline database is the default, and a
 * hosted geolocation service can take its place (IP_GEOLOCATION_API_KEY) without touching
 * the click rules. It must answer from memory: it sits on the click's hot path.
 */
export abstract class GeoLocator {
  /** The ISO 3166-1 alpha-2 country code, or null when unknown (private ranges, loopback). */
  abstract countryOf(ip: string): string | null;
}
