import { describe, expect, it } from 'vitest';
import { plainHost } from './plain-host.js';

describe('plainHost', () => {
  it.each([
    'localhost',
    'localhost:80',
    'track.example.org:8080',
    '10.0.0.1',
    '[::1]:5000',
    'xn--bcher-kva.example',
  ])('accepts %s', (host) => expect(plainHost(host)).toBe(host));

  it.each([
    undefined,
    '',
    'evil.example/x?',
    'evil.example?',
    'evil.example#',
    'user@evil.example',
    'evil.example\\x',
    'evil example',
    'evil.example:0',
    'evil.example:65536',
    'evil.example:',
    '[::1',
    '[not-an-ip]',
    '::1',
    '-evil.example',
    'évil.example',
    `${'a'.repeat(64)}.example`,
  ])('refuses %j', (host) => expect(plainHost(host)).toBeNull());
});
