import { describe, expect, it } from 'vitest';
import { validationErrorOf } from '../../../../test/support/domain-assertions.js';
import { Affiliate, type NewAffiliateInput, normalisedEmail } from './affiliate.js';
import { CampaignsErrorCode } from './campaigns.errors.js';
import { AffiliateRegisteredEvent } from './events/affiliate-registered.event.js';
import { trackingLink } from './tracking-link.js';

const NOW = new Date('2026-11-26T09:00:00Z');
const ID = '01936f9e-8c2d-7e4b-a011-3c7d2f1e5b22';

function register(input: Partial<NewAffiliateInput> = {}): Affiliate {
  return Affiliate.register(
    { name: 'Traffic Partners Ltd', email: 'ops@trafficpartners.example', ...input },
    ID,
    NOW,
  );
}

describe('Affiliate.register', () => {
  it('registers an active affiliate and raises AffiliateRegistered', () => {
    const affiliate = register({ postbackUrl: 'https://trafficpartners.example/postback' });
    expect(affiliate.snapshot).toEqual({
      id: ID,
      name: 'Traffic Partners Ltd',
      email: 'ops@trafficpartners.example',
      status: 'active',
      postbackUrl: 'https://trafficpartners.example/postback',
      createdAt: NOW,
      updatedAt: NOW,
    });
    const events = affiliate.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(AffiliateRegisteredEvent);
    expect(events[0].eventType).toBe('campaigns.affiliate-registered');
    expect(events[0].payload).toEqual({ affiliateId: ID });
    expect(events[0].occurredAt).toEqual(NOW);
    expect(affiliate.pullEvents()).toEqual([]);
  });

  it('stores the email trimmed and lower-cased, so that it compares case-insensitively', () => {
    expect(register({ email: '  Ops@TrafficPartners.EXAMPLE ' }).email).toBe(
      'ops@trafficpartners.example',
    );
  });

  it('trims the name', () => {
    expect(register({ name: '  Traffic Partners  ' }).snapshot.name).toBe('Traffic Partners');
  });

  it('has no postback URL when none or an empty one is given', () => {
    expect(register().snapshot.postbackUrl).toBeNull();
    expect(register({ postbackUrl: null }).snapshot.postbackUrl).toBeNull();
    expect(register({ postbackUrl: '' }).snapshot.postbackUrl).toBeNull();
  });

  it('refuses an empty or over-long name', () => {
    for (const name of ['', '   ', 'x'.repeat(201)]) {
      const error = validationErrorOf(() => register({ name }));
      expect(error.code).toBe(CampaignsErrorCode.InvalidAffiliate);
      expect(error.fieldErrors.map((e) => e.field)).toEqual(['name']);
    }
    expect(register({ name: 'x'.repeat(200) }).snapshot.name).toHaveLength(200);
  });

  it('refuses an invalid email', () => {
    for (const email of [
      '',
      'not-an-email',
      'a@',
      '@example.com',
      'a b@example.com',
      `${'a'.repeat(250)}@example.com`,
    ]) {
      const error = validationErrorOf(() => register({ email }));
      expect(
        error.fieldErrors.map((e) => e.field),
        email,
      ).toEqual(['email']);
    }
  });

  it('takes the postback macros in the path or query, and refuses others or one in the host', () => {
    const url = 'https://t.example/pb?cid={sub1}&tx={txid}&p={payout}&c={currency}&s={status}';
    expect(register({ postbackUrl: url }).snapshot.postbackUrl).toBe(url);
    const unknown = validationErrorOf(() =>
      register({ postbackUrl: 'https://t.example/pb?r={revenue}' }),
    );
    expect(unknown.fieldErrors[0].message).toMatch(
      /unknown macro\(s\) \{revenue\}; known macros: \{click_id\}/,
    );
    const inHost = validationErrorOf(() => register({ postbackUrl: 'https://{sub1}.t.example/' }));
    expect(inHost.fieldErrors[0].message).toMatch(/not in its host/);
  });

  it('refuses a postback URL that is not http or https', () => {
    for (const postbackUrl of ['ftp://example.com/pb', '/relative', 'javascript:alert(1)']) {
      const error = validationErrorOf(() => register({ postbackUrl }));
      expect(error.code).toBe(CampaignsErrorCode.InvalidAffiliate);
      expect(
        error.fieldErrors.map((e) => e.field),
        postbackUrl,
      ).toEqual(['postbackUrl']);
    }
  });

  it('reports every broken field at once', () => {
    const error = validationErrorOf(() =>
      register({ name: '', email: 'nope', postbackUrl: 'ftp://x' }),
    );
    expect(error.code).toBe(CampaignsErrorCode.InvalidAffiliate);
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['name', 'email', 'postbackUrl']);
  });
});

describe('Affiliate.changeStatus', () => {
  const LATER = new Date('2026-11-26T10:00:00Z');

  it('suspends and reactivates, stamping the change so that every replica picks it up', () => {
    const affiliate = register();
    affiliate.changeStatus('suspended', LATER);
    expect(affiliate.snapshot).toMatchObject({ status: 'suspended', updatedAt: LATER });
    const evenLater = new Date('2026-11-26T11:00:00Z');
    affiliate.changeStatus('active', evenLater);
    expect(affiliate.snapshot).toMatchObject({ status: 'active', updatedAt: evenLater });
  });

  it('changes nothing when the affiliate already has the status', () => {
    const affiliate = register();
    affiliate.changeStatus('active', LATER);
    expect(affiliate.snapshot.updatedAt).toEqual(NOW);
  });
});

describe('normalisedEmail', () => {
  it('lower-cases and trims', () => {
    expect(normalisedEmail(' A.B@Example.COM ')).toBe('a.b@example.com');
  });
});

describe('trackingLink', () => {
  it('is {base}/v1/click?campaign_id={id}&affiliate_id={affiliateId}', () => {
    expect(trackingLink('https://track.example.com', 'cmp-1', 'aff-1')).toBe(
      'https://track.example.com/v1/click?campaign_id=cmp-1&affiliate_id=aff-1',
    );
  });

  it('does not double the slash after a base that ends in one', () => {
    expect(trackingLink('https://track.example.com//', 'c', 'a')).toBe(
      'https://track.example.com/v1/click?campaign_id=c&affiliate_id=a',
    );
  });
});
