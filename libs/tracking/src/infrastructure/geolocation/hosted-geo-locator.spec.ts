import { describe, expect, it } from 'vitest';
import { GeoLocator } from '../../domain/geo-locator.port.js';
import { HostedGeoLocator } from './hosted-geo-locator.js';
import { type CountryService, HostedLookupError } from './ipinfo-country-client.js';

/** The offline database of these tests: two public addresses, the rest unplaced. */
class FixedOffline extends GeoLocator {
  countryOf(ip: string): string | null {
    return ({ '81.2.69.142': 'GB', '8.8.8.8': 'US' } as Record<string, string>)[ip] ?? null;
  }
}

/** A hosted service that answers from a table, or fails while `failing` is set. */
class ScriptedService implements CountryService {
  readonly asked: string[] = [];
  failing = false;
  constructor(private readonly answers: Record<string, string | null>) {}
  async countryOf(ip: string): Promise<string | null> {
    this.asked.push(ip);
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (this.failing) throw new HostedLookupError('the service answered 429: quota exceeded');
    return this.answers[ip] ?? null;
  }
}

function locator(service: CountryService, now = () => Date.parse('2026-12-15T12:00:00Z')) {
  const warnings: string[] = [];
  const geo = new HostedGeoLocator(new FixedOffline(), service, {
    now,
    warn: (message) => warnings.push(message),
  });
  return { geo, warnings };
}

describe('HostedGeoLocator', () => {
  it('answers a new address from the offline database at once, then from the service', async () => {
    const service = new ScriptedService({ '81.2.69.142': 'IE' });
    const { geo } = locator(service);
    expect(geo.countryOf('81.2.69.142')).toBe('GB');
    await geo.whenIdle();
    expect(geo.countryOf('81.2.69.142')).toBe('IE');
    expect(service.asked).toEqual(['81.2.69.142']);
  });

  it('asks once about an address however many clicks arrive before the answer', async () => {
    const service = new ScriptedService({ '8.8.8.8': 'US' });
    const { geo } = locator(service);
    for (let i = 0; i < 5; i += 1) geo.countryOf('8.8.8.8');
    await geo.whenIdle();
    geo.countryOf('8.8.8.8');
    expect(service.asked).toEqual(['8.8.8.8']);
  });

  it('keeps the offline answer when the service knows no country', async () => {
    const service = new ScriptedService({ '8.8.8.8': null });
    const { geo } = locator(service);
    geo.countryOf('8.8.8.8');
    await geo.whenIdle();
    expect(geo.countryOf('8.8.8.8')).toBe('US');
    expect(service.asked).toEqual(['8.8.8.8']);
  });

  it('does not ask about addresses the offline database places nowhere (private ranges)', async () => {
    const service = new ScriptedService({});
    const { geo } = locator(service);
    expect(geo.countryOf('10.0.0.1')).toBeNull();
    await geo.whenIdle();
    expect(service.asked).toEqual([]);
  });

  it('after a failure, warns once and leaves the service alone for a minute', async () => {
    let now = Date.parse('2026-12-15T12:00:00Z');
    const service = new ScriptedService({ '8.8.8.8': 'US', '81.2.69.142': 'IE' });
    service.failing = true;
    const { geo, warnings } = locator(service, () => now);
    expect(geo.countryOf('8.8.8.8')).toBe('US');
    await geo.whenIdle();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('429');

    service.failing = false;
    expect(geo.countryOf('81.2.69.142')).toBe('GB');
    await geo.whenIdle();
    expect(service.asked).toEqual(['8.8.8.8']);

    now += 60_000;
    geo.countryOf('81.2.69.142');
    await geo.whenIdle();
    expect(geo.countryOf('81.2.69.142')).toBe('IE');
  });
});
