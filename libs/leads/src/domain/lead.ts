import { AggregateRoot, type Money } from '@app/kernel';
import type { Attribution } from './attribution.js';
import { LeadCapturedEvent } from './events/lead-captured.event.js';
import { LeadConvertedEvent } from './events/lead-converted.event.js';
import { LeadErasedEvent } from './events/lead-erased.event.js';
import { EMPTY_PROFILE, fillIn, type LeadProfile } from './lead-profile.js';
import { type LeadScore, scoreLead } from './lead-scoring.js';
import { assertTransition, type LeadStatus } from './lead-status.js';
import type { TrackingParameters } from './tracking-parameters.js';
import { invalidStatusChange } from './leads.errors.js';

export type Utm = Pick<TrackingParameters, 'utmSource' | 'utmMedium' | 'utmCampaign'>;

export interface LeadProps {
  id: string;
  formId: string;
  profile: LeadProfile;
  utm: Utm;
  attribution: Attribution;
  submissionCount: number;
  score: LeadScore;
  status: LeadStatus;
  dealValue: Money | null;
  createdAt: Date;
  updatedAt: Date;
  erasedAt: Date | null;
  version: number;
}

/** One submission's contribution to a lead. */
export interface LeadSubmission {
  profile: LeadProfile;
  utm: Utm;
  attribution: Attribution;
  at: Date;
}

export interface StatusChange {
  from: LeadStatus;
  to: LeadStatus;
  at: Date;
}

/** A person who filled in a form, deduplicated by email per form, scored and followed to a sale. */
export class Lead extends AggregateRoot {
  private statusChanges: StatusChange[] = [];

  private constructor(private props: LeadProps) {
    super();
  }

  static capture(id: string, formId: string, submission: LeadSubmission): Lead {
    const { profile, utm, attribution, at } = submission;
    const lead = new Lead({
      id,
      formId,
      profile,
      utm,
      attribution,
      submissionCount: 1,
      score: scoreLead(profile, engagementOf(utm, attribution, 1)),
      status: 'new',
      dealValue: null,
      createdAt: at,
      updatedAt: at,
      erasedAt: null,
      version: 0,
    });
    lead.record(
      new LeadCapturedEvent(
        {
          leadId: id,
          formId,
          score: lead.props.score.score,
          grade: lead.props.score.grade,
          campaignId: attribution.campaignId,
          affiliateId: attribution.affiliateId,
          clickId: attribution.clickId,
          ...utm,
          capturedAt: at.toISOString(),
        },
        { occurredAt: at },
      ),
    );
    return lead;
  }

  static restore(props: LeadProps): Lead {
    return new Lead({ ...props });
  }

  get id(): string {
    return this.props.id;
  }

  get version(): number {
    return this.props.version;
  }

  get snapshot(): Readonly<LeadProps> {
    return this.props;
  }

  /**
   * A repeat submission with the same email: one more submission, the lead's gaps filled in
   * (a tracked click and UTM tags too), and the score computed again.
   */
  absorb(submission: LeadSubmission): void {
    const profile = fillIn(this.props.profile, submission.profile);
    const utm =
      this.props.utm.utmSource || this.props.utm.utmMedium || this.props.utm.utmCampaign
        ? this.props.utm
        : submission.utm;
    const attribution =
      this.props.attribution.status === 'tracked' || submission.attribution.status === 'none'
        ? this.props.attribution
        : submission.attribution;
    const submissionCount = this.props.submissionCount + 1;
    const score = scoreLead(profile, engagementOf(utm, attribution, submissionCount));
    this.props = {
      ...this.props,
      profile,
      utm,
      attribution,
      submissionCount,
      score,
      updatedAt: submission.at,
    };
  }

  /** Moves along the workflow; converting raises LeadConverted with the deal's value, if any. */
  changeStatus(to: LeadStatus, at: Date, dealValue: Money | null = null): void {
    if (dealValue && to !== 'converted') {
      throw invalidStatusChange('dealValue', 'A deal value is given only when converting a lead.');
    }
    const from = this.props.status;
    assertTransition(from, to);
    this.props = { ...this.props, status: to, dealValue, updatedAt: at };
    this.statusChanges.push({ from, to, at });
    if (to === 'converted') {
      this.record(
        new LeadConvertedEvent(
          {
            leadId: this.id,
            formId: this.props.formId,
            campaignId: this.props.attribution.campaignId,
            affiliateId: this.props.attribution.affiliateId,
            dealValueMinor: dealValue?.minor ?? null,
            currency: dealValue?.currency ?? null,
            convertedAt: at.toISOString(),
          },
          { occurredAt: at },
        ),
      );
    }
  }

  /**
   * Right to erasure: every personal value goes (and the click id, which leads back to an IP);
   * form, UTM tags, campaign, score, grade and status stay, so the counts stay true.
   * Erasing an erased lead changes nothing.
   */
  erase(at: Date): void {
    if (this.props.erasedAt) return;
    this.props = {
      ...this.props,
      profile: EMPTY_PROFILE,
      attribution: { ...this.props.attribution, clickId: null },
      erasedAt: at,
      updatedAt: at,
    };
    this.record(
      new LeadErasedEvent({ leadId: this.id, erasedAt: at.toISOString() }, { occurredAt: at }),
    );
  }

  /** The status moves since the last call, for the history; and forgets them. */
  pullStatusChanges(): StatusChange[] {
    const changes = this.statusChanges;
    this.statusChanges = [];
    return changes;
  }

  markSaved(): void {
    this.props = { ...this.props, version: this.props.version + 1 };
  }
}

function engagementOf(utm: Utm, attribution: Attribution, submissions: number) {
  return { trackedClick: attribution.status === 'tracked', utmSource: utm.utmSource, submissions };
}
