import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip.js';

describe('clientIp', () => {
  it("takes the address Fastify resolved (the socket's, or the forwarded one behind a proxy)", () => {
    expect(clientIp({ ip: '81.2.69.142', socket: { remoteAddress: '10.0.0.1' } })).toBe(
      '81.2.69.142',
    );
    expect(clientIp({ ip: '2001:db8::1', socket: { remoteAddress: '10.0.0.1' } })).toBe(
      '2001:db8::1',
    );
  });

  it('falls back to the socket when the forwarded value is no address', () => {
    expect(clientIp({ ip: 'unknown', socket: { remoteAddress: '10.0.0.1' } })).toBe('10.0.0.1');
    expect(clientIp({ ip: '', socket: {} })).toBe('0.0.0.0');
  });

  it('believes the trusted hop that passed on a forwarded entry that is no address', () => {
    const request = {
      ip: 'junk',
      ips: ['10.0.0.1', '10.0.0.9', 'junk'],
      socket: { remoteAddress: '10.0.0.1' },
    };
    expect(clientIp(request)).toBe('10.0.0.9');
  });
});
