import { describe, expect, it } from 'vitest';
import { apiKeyFromHeaders } from './api-key-header.js';

describe('the API key of a request', () => {
  it('is read from X-API-Key or a bearer Authorization header', () => {
    expect(apiKeyFromHeaders({ 'x-api-key': ' k1 ' })).toBe('k1');
    expect(apiKeyFromHeaders({ authorization: 'Bearer k2' })).toBe('k2');
    expect(apiKeyFromHeaders({ authorization: 'bearer k3' })).toBe('k3');
    expect(apiKeyFromHeaders({ authorization: 'Basic k4' })).toBeUndefined();
    expect(apiKeyFromHeaders({})).toBeUndefined();
  });
});
