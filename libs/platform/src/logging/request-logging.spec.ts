import { describe, expect, it } from 'vitest';
import { redactSecretParameters } from './request-logging.js';

describe('redactSecretParameters', () => {
  it('masks postback tokens and keys, wherever they stand in the query', () => {
    expect(redactSecretParameters('/v1/postback?token=abc&click_id=x')).toBe(
      '/v1/postback?token=[redacted]&click_id=x',
    );
    expect(redactSecretParameters('/v1/campaigns?limit=1&api_key=ak_1&key=k&apikey=2')).toBe(
      '/v1/campaigns?limit=1&api_key=[redacted]&key=[redacted]&apikey=[redacted]',
    );
  });

  it('masks names the query parser decodes to a secret one: %74oken, any case, token[]', () => {
    expect(
      redactSecretParameters('/v1/postback?%74oken=abc&TOKEN=d&token%5B%5D=e&x-api-key=f'),
    ).toBe(
      '/v1/postback?%74oken=[redacted]&TOKEN=[redacted]&token%5B%5D=[redacted]&x-api-key=[redacted]',
    );
  });

  it("masks the parameters that identify a person: a postback's customer_id, an email, sub ids", () => {
    expect(
      redactSecretParameters(
        '/v1/postback?click_id=c1&customer_id=cust-42&txid=o-1&Email=a%40b.example',
      ),
    ).toBe('/v1/postback?click_id=c1&customer_id=[redacted]&txid=o-1&Email=[redacted]');
    expect(redactSecretParameters('/v1/impression?campaign_id=c&sub1=cust-42&external_id=v')).toBe(
      '/v1/impression?campaign_id=c&sub1=[redacted]&external_id=[redacted]',
    );
  });

  it('masks a secret sent twice, or without a value, and leaves other parameters whole', () => {
    expect(redactSecretParameters('/p?token=a&token=b&tokens=c&my_token=d&token')).toBe(
      '/p?token=[redacted]&token=[redacted]&tokens=c&my_token=d&token=[redacted]',
    );
    expect(redactSecretParameters('/p?bad=%zz&x=%E0%A4%A')).toBe('/p?bad=%zz&x=%E0%A4%A');
    expect(redactSecretParameters('/v1/campaigns')).toBe('/v1/campaigns');
  });
});
