import { DomainError, ValidationError } from '@app/kernel';

/** Every code this context can fail with; clients may branch on them. */
export const TrackingErrorCode = {
  UnknownCampaign: 'TRACKING.UNKNOWN_CAMPAIGN',
  UnknownClick: 'TRACKING.UNKNOWN_CLICK',
  InvalidPostbackToken: 'TRACKING.INVALID_POSTBACK_TOKEN',
  PostbackSignatureExpired: 'TRACKING.POSTBACK_SIGNATURE_EXPIRED',
  InvalidBlocklistEntry: 'TRACKING.INVALID_BLOCKLIST_ENTRY',
  BlocklistEntryNotFound: 'TRACKING.BLOCKLIST_ENTRY_NOT_FOUND',
  DuplicateBlocklistEntry: 'TRACKING.DUPLICATE_BLOCKLIST_ENTRY',
  InvalidClick: 'TRACKING.INVALID_CLICK',
  InvalidPostback: 'TRACKING.INVALID_POSTBACK',
  ConversionNotFound: 'TRACKING.CONVERSION_NOT_FOUND',
  CurrencyMismatch: 'TRACKING.CURRENCY_MISMATCH',
} as const;
export type TrackingErrorCode = (typeof TrackingErrorCode)[keyof typeof TrackingErrorCode];

export const unknownCampaign = (id: string) =>
  new DomainError(TrackingErrorCode.UnknownCampaign, 'not_found', `No campaign has the id ${id}.`);

export const unknownClick = (clickId: string) =>
  new DomainError(TrackingErrorCode.UnknownClick, 'not_found', `No click has the id ${clickId}.`);

/**
 * Says nothing about what was wrong: a missing or wrong token or signature, and a valid one of
 * another advertiser than the click's, get this same answer, so neither a guesser nor another
 * advertiser learns anything from it.
 */
export const invalidPostbackToken = () =>
  new DomainError(
    TrackingErrorCode.InvalidPostbackToken,
    'forbidden',
    "The postback credentials are missing or wrong, or are not those of the click's advertiser. Each advertiser has its own postback URL: GET /v1/advertisers/{id}/postback-url.",
  );

/** A correctly signed postback from too long ago (or ahead): refused as a possible replay. */
export const postbackSignatureExpired = (toleranceSeconds: number) =>
  new DomainError(
    TrackingErrorCode.PostbackSignatureExpired,
    'forbidden',
    `The postback's X-Postback-Timestamp is more than ${toleranceSeconds} s away from now; sign each postback when it is sent.`,
  );

export const invalidBlocklistEntry = (message: string, field = 'value') =>
  ValidationError.forField(TrackingErrorCode.InvalidBlocklistEntry, field, message);

export const blocklistEntryNotFound = (id: string) =>
  new DomainError(
    TrackingErrorCode.BlocklistEntryNotFound,
    'not_found',
    `No blocklist entry has the id ${id}.`,
  );

export const currencyMismatch = (expected: string, given: string, field = 'currency') =>
  ValidationError.forField(
    TrackingErrorCode.CurrencyMismatch,
    field,
    `The campaign pays in ${expected}; amounts in ${given} cannot be recorded against it.`,
  );

/** Values are normalised before they are stored, so two spellings of one rule collide here. */
export const duplicateBlocklistEntry = (kind: string, value: string) =>
  new DomainError(
    TrackingErrorCode.DuplicateBlocklistEntry,
    'conflict',
    `The ${kind} blocklist already holds ${value}.`,
  );

export const conversionNotFound = (id: string) =>
  new DomainError(
    TrackingErrorCode.ConversionNotFound,
    'not_found',
    `No conversion has the id ${id}.`,
  );
