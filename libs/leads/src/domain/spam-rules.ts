import type { FieldError } from '@app/kernel';
import { scalarText } from './field-values.js';
import type { Form } from './form.js';

export const SPAM_REASONS = [
  'honeypot',
  'rate_limited',
  'too_many_links',
  'blocked_words',
  'script_tag',
] as const;
export type SpamReason = (typeof SPAM_REASONS)[number];

/** More links than this in one submission is link spam; a signature or a site is fine. */
export const MAX_LINKS = 2;

/**
 * Words and phrases that only spam brings to a business contact form. Whole words,
 * case-insensitive, so "Casinova Ltd" or "cialisation" do not match.
 */
export const BLOCKED_WORDS: readonly string[] = [
  'viagra',
  'cialis',
  'casino',
  'porn',
  'escort',
  'payday loan',
  'crypto giveaway',
  'bitcoin doubler',
  'forex signals',
  'replica watches',
  'buy backlinks',
  'seo services',
];

const LINK = /\bhttps?:\/\/|\bwww\./gi;
const BLOCKED = new RegExp(
  `\\b(?:${BLOCKED_WORDS.map((word) => word.replace(/ /g, '\\s+')).join('|')})\\b`,
  'i',
);
/** An HTML script element, or a javascript: URL, which a person never types into a form. */
const SCRIPT = /<\s*script\b|javascript\s*:/i;

/** True when the form's hidden honeypot field came back filled in: only a bot sees it. */
export function honeypotFilled(form: Form, body: Record<string, unknown>): boolean {
  const sent = scalarText(body[form.snapshot.honeypotField]);
  return typeof sent === 'object' ? sent !== null : (sent ?? '').trim() !== '';
}

/** The content rules: every reason that applies, with a message per field a person can act on. */
export function contentSpam(values: Record<string, string>): {
  reasons: SpamReason[];
  errors: FieldError[];
} {
  const reasons = new Set<SpamReason>();
  const errors: FieldError[] = [];
  let links = 0;
  let lastLinkField = '';
  for (const [field, text] of Object.entries(values)) {
    const found = text.match(LINK)?.length ?? 0;
    if (found > 0) lastLinkField = field;
    links += found;
    const word = BLOCKED.exec(text)?.[0];
    if (word) {
      reasons.add('blocked_words');
      errors.push({
        field,
        message: `${field} contains a blocked word ("${word.toLowerCase()}").`,
      });
    }
    if (SCRIPT.test(text)) {
      reasons.add('script_tag');
      errors.push({ field, message: `${field} must not contain script.` });
    }
  }
  if (links > MAX_LINKS) {
    reasons.add('too_many_links');
    errors.push({
      field: lastLinkField,
      message: `The submission contains ${links} links; at most ${MAX_LINKS} are allowed.`,
    });
  }
  return { reasons: [...reasons], errors };
}
