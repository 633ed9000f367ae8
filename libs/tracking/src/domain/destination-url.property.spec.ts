import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText, PROPERTY_RUNS } from '../../../../test/support/property-runs.js';
import { destinationUrl, type DestinationValues } from './destination-url.js';
import type { TrackedCampaign } from './tracked-campaign.js';

const MACROS = [
  'click_id',
  'campaign_id',
  'affiliate_id',
  'sub1',
  'sub2',
  'sub3',
  'sub4',
  'sub5',
] as const;
type Macro = (typeof MACROS)[number];
const VALUE_OF: Record<Macro, keyof DestinationValues> = {
  click_id: 'clickId',
  campaign_id: 'campaignId',
  affiliate_id: 'affiliateId',
  sub1: 'sub1',
  sub2: 'sub2',
  sub3: 'sub3',
  sub4: 'sub4',
  sub5: 'sub5',
};
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const campaign = (offerUrl: string): TrackedCampaign => ({
  id: 'cmp',
  advertiserId: 'adv',
  status: 'active',
  offerUrl,
  safePageUrl: null,
  startsAt: null,
  endsAt: null,
  countries: [],
  devices: [],
  payout: { model: 'CPA', amountUnits: 100, currency: 'USD', policy: 'fixed', maxUnits: null },
  budget: { totalMinor: null, dailyMinor: null },
  fraudulentClickConversions: 'reject',
});

/** Plain text between macros: URL characters that need no encoding of their own. */
const literal = fc.stringMatching(/^[a-z0-9/._~=&-]{0,8}$/);
/** An offer URL as campaigns accept it: macros anywhere after the host (path, query, fragment). */
const offerUrl = fc
  .record({
    origin: fc
      .webUrl({ withQueryParameters: false, withFragments: false })
      .map((url) => new URL(url).origin),
    path: fc.array(fc.tuple(literal, fc.constantFrom(...MACROS)), { maxLength: 4 }),
    query: fc.array(fc.tuple(literal, fc.constantFrom(...MACROS)), { maxLength: 4 }),
    fragment: fc.option(fc.constantFrom(...MACROS), { nil: undefined }),
  })
  .map(({ origin, path, query, fragment }) => ({
    origin,
    template:
      `${origin}/${path.map(([text, macro]) => `${text}{${macro}}`).join('')}` +
      `?${query.map(([text, macro]) => `${text}{${macro}}`).join('')}` +
      (fragment ? `#{${fragment}}` : ''),
  }));
/** What a visitor's link may carry: any UTF-16 text, lone surrogates and controls included. */
const anyText = fc.oneof(
  hostileText(),
  fc.constantFrom('//evil.example', '@evil.example', '\r\nLocation: x', '%2F%2F', '../..', '?#&='),
);
const values = fc.record({
  clickId: fc.stringMatching(/^[A-Za-z0-9_-]{24}$/),
  campaignId: fc.uuid(),
  affiliateId: fc.option(anyText, { nil: null }),
  sub1: fc.option(anyText, { nil: null }),
  sub2: fc.option(anyText, { nil: null }),
  sub3: fc.option(anyText, { nil: null }),
  sub4: fc.option(anyText, { nil: null }),
  sub5: fc.option(anyText, { nil: null }),
});

describe('destinationUrl (properties)', () => {
  it('keeps the offer origin whatever the click carries, and makes a URL without whitespace', () => {
    fc.assert(
      fc.property(offerUrl, values, ({ origin, template }, clickValues) => {
        const url = destinationUrl(campaign(template), { destination: 'offer' }, clickValues, '');
        expect(new URL(url).origin).toBe(origin);
        expect(url).not.toMatch(/[\s\u0000-\u001f\u007f]/);
      }),
      PROPERTY_RUNS,
    );
  });

  it('fills every macro with its value URL-encoded (lone surrogates as U+FFFD), absent ones empty', () => {
    fc.assert(
      fc.property(offerUrl, values, ({ template }, clickValues) => {
        const url = destinationUrl(campaign(template), { destination: 'offer' }, clickValues, '');
        const expected = template.replace(/\{(\w+)\}/g, (_match, macro: Macro) => {
          const value = clickValues[VALUE_OF[macro]];
          return typeof value === 'string'
            ? encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd'))
            : '';
        });
        expect(url).toBe(expected);
        expect(url).not.toMatch(/\{(click_id|campaign_id|affiliate_id|sub[1-5])\}/);
      }),
      PROPERTY_RUNS,
    );
  });

  it('sends the safe page untouched, whatever the click carries', () => {
    fc.assert(
      fc.property(offerUrl, values, ({ template }, clickValues) => {
        const safe = 'https://safe.example.org/?keep={sub1}';
        const target = { ...campaign(template), safePageUrl: safe };
        expect(destinationUrl(target, { destination: 'safe_page' }, clickValues, '')).toBe(safe);
      }),
      PROPERTY_RUNS,
    );
  });
});
