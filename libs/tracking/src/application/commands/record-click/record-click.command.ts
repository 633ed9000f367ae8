import { Command } from '@nestjs/cqrs';

export interface ClickRequest {
  campaignId: string;
  affiliateId: string | null;
  sub1: string | null;
  sub2: string | null;
  sub3: string | null;
  sub4: string | null;
  sub5: string | null;
  externalId: string | null;
  ip: string;
  userAgent: string;
  referrer: string | null;
  /** Where this API is reached, for the built-in safe page when a campaign has none. */
  baseUrl: string;
}

export interface RecordedClick {
  clickId: string;
  location: string;
}

/** Decides where one click goes and stores it; resolves once the click is committed. */
export class RecordClickCommand extends Command<RecordedClick> {
  constructor(readonly click: ClickRequest) {
    super();
  }
}
