import { ValidationError } from '@app/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText, PROPERTY_RUNS } from '../../../../test/support/property-runs.js';
import { OFFER_URL_MACROS, parseHttpUrl } from './offer-url.js';

const offer = (url: string) => parseHttpUrl(url, 'offerUrl', OFFER_URL_MACROS);
const macro = fc.constantFrom(...OFFER_URL_MACROS);
const literal = fc.stringMatching(/^[a-z0-9/._~=&-]{0,8}$/);
const origin = fc
  .webUrl({ withQueryParameters: false, withFragments: false })
  .map((url) => new URL(url).origin);
/** An offer URL with macros in its path, query and fragment. */
const template = fc
  .record({
    origin,
    parts: fc.array(fc.tuple(literal, macro), { maxLength: 6 }),
    fragment: fc.option(macro, { nil: undefined }),
  })
  .map(
    ({ origin: base, parts, fragment }) =>
      `${base}/${parts.map(([text, name]) => `${text}{${name}}`).join('')}` +
      (fragment ? `#{${fragment}}` : ''),
  );

/** The error `run` threw, or null. */
function thrown(run: () => unknown): unknown {
  try {
    run();
    return null;
  } catch (error) {
    return error;
  }
}

describe('parseHttpUrl (properties)', () => {
  it('keeps any offer URL with known macros after its host exactly as written', () => {
    fc.assert(
      fc.property(template, (url) => {
        expect(offer(url)).toBe(url);
        expect(offer(`  ${url}\n`)).toBe(url);
      }),
      PROPERTY_RUNS,
    );
  });

  it('refuses a macro anywhere in the host, where a click could choose the destination', () => {
    fc.assert(
      fc.property(template, macro, fc.nat(), (url, name, at) => {
        const host = new URL(url.replace(/\{\w+\}/g, 'x')).host;
        const start = url.indexOf(host);
        const cut = start + (at % (host.length + 1));
        const hostile = `${url.slice(0, cut)}{${name}}${url.slice(cut)}`;
        const error = thrown(() => offer(hostile));
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).fieldErrors[0].field).toBe('offerUrl');
      }),
      PROPERTY_RUNS,
    );
  });

  it('refuses any macro it does not know, and names it', () => {
    const unknown = fc
      .stringMatching(/^[A-Za-z0-9_]{0,12}$/)
      .filter((name) => !(OFFER_URL_MACROS as readonly string[]).includes(name));
    fc.assert(
      fc.property(template, unknown, (url, name) => {
        const error = thrown(() => offer(`${url.split('#')[0]}?x={${name}}`));
        expect((error as ValidationError).fieldErrors[0].message).toContain(`{${name}}`);
      }),
      PROPERTY_RUNS,
    );
  });

  it('answers any text with an http(s) URL without credentials, or a ValidationError', () => {
    const urlish = fc.oneof(
      hostileText(80),
      fc.webUrl({
        authoritySettings: { withUserInfo: true, withPort: true },
        withQueryParameters: true,
        withFragments: true,
      }),
      fc
        .tuple(fc.constantFrom('http', 'https', 'ftp', 'javascript', 'HTTP'), fc.string())
        .map(([scheme, rest]) => `${scheme}:${rest}`),
    );
    fc.assert(
      fc.property(urlish, (text) => {
        const error = thrown(() => offer(text));
        if (error !== null) {
          expect(error).toBeInstanceOf(ValidationError);
          return;
        }
        const url = new URL(offer(text).replace(/\{\w+\}/g, 'x'));
        expect(['http:', 'https:']).toContain(url.protocol);
        expect(url.username + url.password).toBe('');
      }),
      PROPERTY_RUNS,
    );
  });
});
