import { describe, expect, it } from 'vitest';
import { ValidationError } from '@app/kernel';
import { isBoundAsItsRoleNeeds, keyHolder } from './key-holder.js';

const AFFILIATE = '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b';
const ADVERTISER = '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5c';

const fieldsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).fieldErrors.map((e) => e.field);
  }
  throw new Error('expected a validation error');
};

describe('who an API key is for', () => {
  it('binds an affiliate key to its affiliate and an advertiser key to its advertiser', () => {
    expect(keyHolder({ role: 'affiliate', affiliateId: AFFILIATE })).toEqual({
      role: 'affiliate',
      affiliateId: AFFILIATE,
      advertiserId: null,
    });
    expect(keyHolder({ role: 'advertiser', advertiserId: ADVERTISER })).toEqual({
      role: 'advertiser',
      affiliateId: null,
      advertiserId: ADVERTISER,
    });
    expect(keyHolder({ role: 'admin' })).toEqual({
      role: 'admin',
      affiliateId: null,
      advertiserId: null,
    });
  });

  it('refuses a partner key without its partner', () => {
    expect(fieldsOf(() => keyHolder({ role: 'affiliate' }))).toEqual(['affiliateId']);
    expect(fieldsOf(() => keyHolder({ role: 'advertiser', advertiserId: '' }))).toEqual([
      'advertiserId',
    ]);
  });

  it('refuses a partner the role does not have, naming every wrong field', () => {
    expect(
      fieldsOf(() =>
        keyHolder({ role: 'admin', affiliateId: AFFILIATE, advertiserId: ADVERTISER }),
      ),
    ).toEqual(['affiliateId', 'advertiserId']);
    expect(
      fieldsOf(() =>
        keyHolder({ role: 'affiliate', affiliateId: AFFILIATE, advertiserId: ADVERTISER }),
      ),
    ).toEqual(['advertiserId']);
  });

  it('lets a stored key through only while it names exactly the partner its role needs', () => {
    expect(isBoundAsItsRoleNeeds({ role: 'admin', affiliateId: null, advertiserId: null })).toBe(
      true,
    );
    expect(
      isBoundAsItsRoleNeeds({ role: 'affiliate', affiliateId: AFFILIATE, advertiserId: null }),
    ).toBe(true);
    expect(
      isBoundAsItsRoleNeeds({ role: 'affiliate', affiliateId: null, advertiserId: null }),
    ).toBe(false);
    expect(
      isBoundAsItsRoleNeeds({
        role: 'advertiser',
        affiliateId: AFFILIATE,
        advertiserId: ADVERTISER,
      }),
    ).toBe(false);
  });
});
