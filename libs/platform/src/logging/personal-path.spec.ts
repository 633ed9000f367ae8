import { describe, expect, it } from 'vitest';
import { redactPersonalPath } from './personal-path.js';

describe('redactPersonalPath', () => {
  it("hides a customer's id in the path, keeping the rest and the query", () => {
    expect(redactPersonalPath('/ltv/customer/cust-42', '/ltv/customer/:customerId')).toBe(
      '/ltv/customer/[redacted]',
    );
    expect(
      redactPersonalPath(
        '/retention/user/alice%40example.com/analysis?x=1',
        '/retention/user/:customerId/analysis',
      ),
    ).toBe('/retention/user/[redacted]/analysis?x=1');
  });

  it('leaves a path without personal parameters as it came', () => {
    expect(redactPersonalPath('/v1/campaigns/c-1', '/v1/campaigns/:id')).toBe('/v1/campaigns/c-1');
    expect(redactPersonalPath('/nowhere', undefined)).toBe('/nowhere');
  });

  it('hides a path whose shape does not follow its pattern whole', () => {
    expect(redactPersonalPath('/ltv/customer/a/b?q=1', '/ltv/customer/:customerId')).toBe(
      '[redacted path]?q=1',
    );
  });
});
