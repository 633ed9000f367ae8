import { describe, expect, it } from 'vitest';
import { fieldsRefused } from '../../../../test/support/domain-assertions.js';
import { Targeting, type TargetingInput } from './targeting.js';

describe('Targeting.parse', () => {
  it('keeps ISO 3166 alpha-2 countries and known devices', () => {
    const targeting = Targeting.parse({ countries: ['US', 'CA'], devices: ['mobile', 'desktop'] });
    expect(targeting.countries).toEqual(['CA', 'US']);
    expect(targeting.devices).toEqual(['desktop', 'mobile']);
  });

  it('normalises country codes to upper case and drops duplicates', () => {
    expect(Targeting.parse({ countries: ['de', ' fr ', 'DE'] }).countries).toEqual(['DE', 'FR']);
    expect(Targeting.parse({ devices: ['tablet', 'tablet'] }).devices).toEqual(['tablet']);
  });

  it('targets everyone when absent, null or empty', () => {
    for (const input of [
      undefined,
      null,
      {},
      { countries: [], devices: [] },
      { countries: null, devices: null },
    ]) {
      const targeting = Targeting.parse(input as TargetingInput | null | undefined);
      expect(targeting.countries).toEqual([]);
      expect(targeting.devices).toEqual([]);
    }
  });

  it('refuses codes that are not ISO 3166-1 alpha-2, naming each by its index', () => {
    expect(fieldsRefused(() => Targeting.parse({ countries: ['US', 'UK'] }))).toEqual([
      'targeting.countries.1',
    ]);
    expect(fieldsRefused(() => Targeting.parse({ countries: ['USA'] }))).toEqual([
      'targeting.countries.0',
    ]);
    expect(fieldsRefused(() => Targeting.parse({ countries: ['ZZ'] }))).toEqual([
      'targeting.countries.0',
    ]);
    expect(fieldsRefused(() => Targeting.parse({ countries: [''] }))).toEqual([
      'targeting.countries.0',
    ]);
  });

  it('refuses an unknown device, naming it by its index', () => {
    expect(fieldsRefused(() => Targeting.parse({ devices: ['mobile', 'tv'] }))).toEqual([
      'targeting.devices.1',
    ]);
    expect(fieldsRefused(() => Targeting.parse({ devices: ['Mobile'] }))).toEqual([
      'targeting.devices.0',
    ]);
  });
});
