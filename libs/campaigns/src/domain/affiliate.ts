import { AggregateRoot, isWellFormedText, ValidationCollector, ValidationError } from '@app/kernel';
import isEmailModule from 'validator/lib/isEmail.js';
import { CampaignsErrorCode, invalidAffiliateField } from './campaigns.errors.js';
import { AffiliateRegisteredEvent } from './events/affiliate-registered.event.js';
import { parseHttpUrl, POSTBACK_URL_MACROS } from './offer-url.js';

// validator is CommonJS: its function is both module.exports and module.exports.default.
const isEmail = isEmailModule.default;

export const AFFILIATE_STATUSES = ['active', 'suspended'] as const;
export type AffiliateStatus = (typeof AFFILIATE_STATUSES)[number];

export interface AffiliateProps {
  id: string;
  name: string;
  email: string;
  status: AffiliateStatus;
  postbackUrl: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewAffiliateInput {
  name: string;
  email: string;
  postbackUrl?: string | null;
}

/** A publisher who sends traffic to campaigns and is paid for the conversions it brings. */
export class Affiliate extends AggregateRoot {
  private constructor(private props: AffiliateProps) {
    super();
  }

  static register(input: NewAffiliateInput, id: string, now: Date): Affiliate {
    const checks = new ValidationCollector();
    const name = checks.check(() => affiliateName(input.name));
    const email = checks.check(() => normalisedEmail(input.email));
    const postbackUrl = checks.check(() =>
      input.postbackUrl ? parsePostbackUrl(input.postbackUrl) : null,
    );
    checks.throwIfAny(CampaignsErrorCode.InvalidAffiliate, 'The affiliate is invalid.');
    const affiliate = new Affiliate({
      id,
      name: name!,
      email: email!,
      status: 'active',
      postbackUrl: postbackUrl ?? null,
      createdAt: now,
      updatedAt: now,
    });
    affiliate.record(new AffiliateRegisteredEvent({ affiliateId: id }, { occurredAt: now }));
    return affiliate;
  }

  static restore(props: AffiliateProps): Affiliate {
    return new Affiliate({ ...props });
  }

  get id(): string {
    return this.props.id;
  }

  get email(): string {
    return this.props.email;
  }

  /**
   * The affiliate's own conversion postback URL, which tracking calls of its conversions;
   * null clears it.
   */
  changePostbackUrl(url: string | null, now: Date): void {
    const postbackUrl = url === null ? null : parsePostbackUrl(url);
    if (postbackUrl === this.props.postbackUrl) return;
    this.props = { ...this.props, postbackUrl, updatedAt: now };
  }

  /**
   * Suspends or reactivates the affiliate; setting the status it already has changes nothing
   * (so a retried request is harmless). A suspended affiliate's clicks go to the safe page.
   */
  changeStatus(status: AffiliateStatus, now: Date): void {
    if (status === this.props.status) return;
    this.props = { ...this.props, status, updatedAt: now };
  }

  get snapshot(): Readonly<AffiliateProps> {
    return this.props;
  }
}

function parsePostbackUrl(value: string): string {
  try {
    return parseHttpUrl(value, 'postbackUrl', POSTBACK_URL_MACROS);
  } catch (error) {
    // Reported under the affiliate's code, whichever way the URL was set.
    if (error instanceof ValidationError) {
      throw new ValidationError(
        CampaignsErrorCode.InvalidAffiliate,
        error.message,
        error.fieldErrors,
      );
    }
    throw error;
  }
}

function affiliateName(value: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length < 1 || text.length > 200)
    throw invalidAffiliateField('name', 'name must be 1 to 200 characters long.');
  return text;
}

/**
 * Emails are compared case-insensitively, so they are stored lower-cased. Text that is not
 * well-formed Unicode is refused before isEmail, which would throw a URIError on it.
 */
export function normalisedEmail(value: string): string {
  const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (email.length > 254 || !isWellFormedText(email) || !isEmail(email))
    throw invalidAffiliateField('email', 'email must be a valid email address.');
  return email;
}
