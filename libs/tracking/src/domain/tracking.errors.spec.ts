import { DomainError, ValidationError } from '@app/kernel';
import { describe, expect, it } from 'vitest';
import {
  blocklistEntryNotFound,
  currencyMismatch,
  duplicateBlocklistEntry,
  invalidBlocklistEntry,
  invalidPostbackToken,
  TrackingErrorCode,
  unknownCampaign,
  unknownClick,
} from './tracking.errors.js';

describe('tracking errors', () => {
  it.each([
    { error: unknownCampaign('c1'), code: TrackingErrorCode.UnknownCampaign, kind: 'not_found' },
    { error: unknownClick('k1'), code: TrackingErrorCode.UnknownClick, kind: 'not_found' },
    {
      error: invalidPostbackToken(),
      code: TrackingErrorCode.InvalidPostbackToken,
      kind: 'forbidden',
    },
    {
      error: invalidBlocklistEntry('bad'),
      code: TrackingErrorCode.InvalidBlocklistEntry,
      kind: 'invalid',
    },
    {
      error: blocklistEntryNotFound('b1'),
      code: TrackingErrorCode.BlocklistEntryNotFound,
      kind: 'not_found',
    },
    {
      error: duplicateBlocklistEntry('ip', '10.0.0.0/8'),
      code: TrackingErrorCode.DuplicateBlocklistEntry,
      kind: 'conflict',
    },
    {
      error: currencyMismatch('USD', 'EUR'),
      code: TrackingErrorCode.CurrencyMismatch,
      kind: 'invalid',
    },
  ])('fails with $code as a $kind error', ({ error, code, kind }) => {
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe(code);
    expect(error.kind).toBe(kind);
  });

  it('uses TRACKING.* codes only', () => {
    expect(Object.values(TrackingErrorCode).every((code) => code.startsWith('TRACKING.'))).toBe(
      true,
    );
  });

  it('names the field of an invalid blocklist entry', () => {
    const error = invalidBlocklistEntry('value must be an IP address.');
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors).toEqual([
      { field: 'value', message: 'value must be an IP address.' },
    ]);
  });

  it('names both currencies of a mismatch', () => {
    const error = currencyMismatch('USD', 'EUR');
    expect(error.message).toContain('USD');
    expect(error.message).toContain('EUR');
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['currency']);
  });
});
