import { describe, expect, it } from 'vitest';
import { ValidationError } from '@app/kernel';
import { Advertiser } from './advertiser.js';

const NOW = new Date('2026-11-26T09:00:00Z');

describe('an advertiser', () => {
  it('is registered under its trimmed name', () => {
    const advertiser = Advertiser.register({ name: '  Acme VPN ' }, 'v1', NOW);
    expect(advertiser.snapshot).toEqual({ id: 'v1', name: 'Acme VPN', createdAt: NOW });
  });

  it('needs a name of 1 to 200 characters', () => {
    for (const name of ['', '   ', 'x'.repeat(201)]) {
      expect(() => Advertiser.register({ name }, 'v1', NOW)).toThrow(ValidationError);
    }
    expect(Advertiser.register({ name: 'x'.repeat(200) }, 'v1', NOW).name).toHaveLength(200);
  });
});
