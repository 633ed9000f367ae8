import { describe, expect, it } from 'vitest';
import { contactForm } from './contact-form.js';
import { contentSpam, honeypotFilled } from './spam-rules.js';

describe('the honeypot', () => {
  const form = contactForm();

  it('catches a filled-in honeypot field, and only a filled one', () => {
    expect(honeypotFilled(form, { website: 'http://spam.example' })).toBe(true);
    expect(honeypotFilled(form, { website: ['x'] })).toBe(true);
    expect(honeypotFilled(form, { website: { a: 1 } })).toBe(true);
    expect(honeypotFilled(form, { website: '  ' })).toBe(false);
    expect(honeypotFilled(form, { email: 'a@b.co' })).toBe(false);
  });
});

describe('the content rules', () => {
  it('flags more than two links in a submission, across its fields', () => {
    expect(contentSpam({ message: 'see https://a.io and http://b.io' }).reasons).toEqual([]);
    const spam = contentSpam({ message: 'https://a.io http://b.io', company: 'www.c.io' });
    expect(spam.reasons).toEqual(['too_many_links']);
    expect(spam.errors).toEqual([
      { field: 'company', message: 'The submission contains 3 links; at most 2 are allowed.' },
    ]);
  });

  it('flags blocked words as whole words, any case, across spaces', () => {
    expect(contentSpam({ message: 'Best CASINO bonus' }).reasons).toEqual(['blocked_words']);
    expect(contentSpam({ message: 'a payday   loan today' }).reasons).toEqual(['blocked_words']);
    expect(contentSpam({ company: 'Casinova Ltd', message: 'cialisation' }).reasons).toEqual([]);
  });

  it('flags script tags and javascript: URLs', () => {
    expect(contentSpam({ message: 'hi <script>alert(1)</script>' }).reasons).toEqual([
      'script_tag',
    ]);
    expect(contentSpam({ message: '< SCRIPT src=x>' }).reasons).toEqual(['script_tag']);
    expect(contentSpam({ message: 'javascript:alert(1)' }).reasons).toEqual(['script_tag']);
    expect(contentSpam({ message: 'We write JavaScript: mostly TypeScript' }).reasons).toEqual([
      'script_tag',
    ]);
    expect(contentSpam({ message: 'We write JavaScript and TypeScript' }).reasons).toEqual([]);
  });

  it('reports every reason that applies', () => {
    const spam = contentSpam({ message: 'viagra <script> http://a http://b http://c' });
    expect(spam.reasons.sort()).toEqual(['blocked_words', 'script_tag', 'too_many_links']);
  });
});
