import { describe, expect, it } from 'vitest';
import { publicCallError } from './outbound-call-error.js';

describe('publicCallError', () => {
  it('cuts the detail off a refusal or a failed connection, and keeps the rest', () => {
    expect(
      publicCallError('destination not allowed: DNS lookup 10.1.2.3(family:4) is not allowed.'),
    ).toBe('destination not allowed');
    expect(publicCallError('could not connect: connect ECONNREFUSED 10.1.2.3:8080')).toBe(
      'could not connect',
    );
    expect(publicCallError('HTTP 503')).toBe('HTTP 503');
    expect(publicCallError('no answer within 10 s')).toBe('no answer within 10 s');
    expect(publicCallError('the affiliate has no postback URL any more')).toBe(
      'the affiliate has no postback URL any more',
    );
  });
});
