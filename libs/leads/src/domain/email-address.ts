import { isWellFormedText } from '@app/kernel';
import { disposableEmailBlocklistSet } from 'disposable-email-domains-js';
import freeMailProviders from 'email-providers';
import isEmailModule from 'validator/lib/isEmail.js';

// validator is CommonJS: its function is both module.exports and module.exports.default.
const isEmail = isEmailModule.default;

/** Built once: the package's own lookup rebuilds its set of ~9,000 domains on every call. */
const DISPOSABLE = disposableEmailBlocklistSet();
const FREE_MAIL = new Set(freeMailProviders);

/** business: a company's own domain; free: a public mailbox provider; disposable: throwaway. */
export type EmailKind = 'business' | 'free' | 'disposable';

export interface EmailAddress {
  /** As sent, trimmed. */
  address: string;
  /** Lower-cased: the key duplicates are found by. */
  normalized: string;
  domain: string;
  kind: EmailKind;
}

/**
 * The address when its syntax is valid (validator's isEmail), else null. Text that is not
 * well-formed Unicode is no address (and isEmail would throw a URIError on it).
 */
export function parseEmail(text: string): EmailAddress | null {
  const address = text.trim();
  if (address.length > 254 || !isWellFormedText(address) || !isEmail(address)) return null;
  return emailAddress(address);
}

/** A stored address, known to be valid, classified again with the current domain lists. */
export function emailAddress(address: string): EmailAddress {
  const normalized = address.toLowerCase();
  const domain = normalized.slice(normalized.lastIndexOf('@') + 1);
  return { address, normalized, domain, kind: kindOf(domain) };
}

/** A sub-domain counts as its parent: anything at x.mailinator.com is disposable too. */
function kindOf(domain: string): EmailKind {
  const labels = domain.split('.');
  const parents = labels.slice(0, -1).map((_label, index) => labels.slice(index).join('.'));
  if (parents.some((parent) => DISPOSABLE.has(parent))) return 'disposable';
  if (parents.some((parent) => FREE_MAIL.has(parent))) return 'free';
  return 'business';
}
