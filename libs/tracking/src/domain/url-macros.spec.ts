import { describe, expect, it } from 'vitest';
import { fillUrlMacros } from './url-macros.js';

describe('fillUrlMacros', () => {
  it('fills adjacent and repeated macros, and keeps the text between them', () => {
    const template = 'https://t.example/{a}{b}/x?a={a}&b={b}#{a}';
    expect(fillUrlMacros(template, { a: '1', b: 'two words' })).toBe(
      'https://t.example/1two%20words/x?a=1&b=two%20words#1',
    );
    // The second use of a template reads its parsed form: the same answer for other values.
    expect(fillUrlMacros(template, { a: '', b: null })).toBe('https://t.example//x?a=&b=#');
  });

  it('leaves a template without macros, and braces it does not know, as they are', () => {
    expect(fillUrlMacros('https://t.example/plain?q=1', { a: 'x' })).toBe(
      'https://t.example/plain?q=1',
    );
    expect(fillUrlMacros('https://t.example/?x={other}&y={ a }', { a: 'x' })).toBe(
      'https://t.example/?x={other}&y={ a }',
    );
  });

  it('never fills a macro in the scheme and authority', () => {
    expect(fillUrlMacros('https://{a}.t.example:8080/{a}', { a: 'evil.example/' })).toBe(
      'https://{a}.t.example:8080/evil.example%2F',
    );
  });

  it('sends a lone UTF-16 surrogate as U+FFFD instead of failing', () => {
    expect(fillUrlMacros('https://t.example/?v={a}', { a: 'x\ud800y' })).toBe(
      'https://t.example/?v=x%EF%BF%BDy',
    );
  });
});
